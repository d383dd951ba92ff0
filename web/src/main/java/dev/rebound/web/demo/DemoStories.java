package dev.rebound.web.demo;

import dev.rebound.api.common.OrganizationId;

import java.time.Instant;

import static dev.rebound.api.application.Specificity.SPECIFIC;
import static dev.rebound.api.application.Specificity.VAGUE;
import static dev.rebound.api.application.Verdict.ACCEPTED;
import static dev.rebound.api.application.Verdict.PARTLY;
import static dev.rebound.api.application.Verdict.REJECTED;
import static dev.rebound.api.common.Channel.EMAIL;
import static dev.rebound.api.common.Channel.PHONE;
import static dev.rebound.api.common.Channel.PORTAL;
import static dev.rebound.api.common.Stage.FINAL;
import static dev.rebound.api.common.Stage.ONSITE;
import static dev.rebound.api.common.Stage.PANEL;
import static dev.rebound.api.common.Stage.SCREENING;
import static dev.rebound.api.common.Stage.TECHNICAL;
import static dev.rebound.api.employer.ContactDirection.INBOUND;
import static dev.rebound.api.employer.ContactDirection.OUTBOUND;
import static dev.rebound.api.employer.ContactPurpose.KEEP_IN_TOUCH;
import static dev.rebound.api.employer.ContactPurpose.OTHER;
import static dev.rebound.api.employer.ContactPurpose.THANK_YOU;
import static dev.rebound.api.improvement.PracticeType.COACH_SESSION;
import static dev.rebound.api.improvement.PracticeType.COURSE;
import static dev.rebound.api.improvement.PracticeType.MOCK_INTERVIEW;
import static dev.rebound.api.improvement.PracticeType.READING;
import static dev.rebound.api.improvement.PracticeType.RECORDED_REVIEW;

/**
 * Four candidates and about five months of their search, ending just before now. Every employer, person and
 * figure is made up. What they show between them:
 *
 * <ul>
 *   <li>Maya — rambling answers that three employers point out (a recurring weakness, practised, improving), a
 *       SQL gap marked addressed after a course, a decline, a late request and a follow-up that time out,
 *       an offer;</li>
 *   <li>Jonas — final-round losses, interrupting interviewers that he first rejects as feedback and then hears
 *       again, an early evaluation, an angry e-mail (tone warnings) after which the employer asks for no contact,
 *       a follow-up due and a fresh rejection whose feedback request is due;</li>
 *   <li>Priya — a late request that is declined, a follow-up that gets an answer, research and impact as a
 *       recurring weakness, feedback waiting to be evaluated, an offer;</li>
 *   <li>Sam — a career changer with an experience gap three employers name, a feedback question that demands a
 *       justification (tone warning), a decline after a follow-up, and a rejection not yet followed up.</li>
 * </ul>
 */
final class DemoStories extends DemoScript {

    DemoStories(OrganizationId organization, Instant now) {
        super(organization, now);
        maya();
        jonas();
        priya();
        sam();
    }

    private void maya() {
        Story maya = candidate("maya-okafor", "Maya Okafor",
                "data analyst after a bootcamp: rambling answers named by three employers, SQL gap closed, an offer");

        maya.applied("Northwind Analytics", "Junior Data Analyst", 150, "LinkedIn")
                .interview(SCREENING, 145, reflection(true, false, true,
                        "Nervous. My 'tell me about yourself' went on for ages."), "Ruth Adeyemi (Recruiter)")
                .interview(TECHNICAL, 140, reflection(false, true, true,
                                "Froze on a window-function question; should have talked through my approach."),
                        "Tomasz Wierzbicki (Analytics Lead)", "Ines Duarte (Data Analyst)")
                .rejected(at(137, 10, 20), TECHNICAL, EMAIL,
                        "We moved forward with candidates with more hands-on SQL experience.")
                .requested(at(137, 15, 40), EMAIL, "Ruth Adeyemi", ask("weak-areas"), ask("skills-to-develop"))
                .feedback(at(133, 9, 10), giver("Tomasz Wierzbicki", "Analytics Lead"), SPECIFIC,
                        "Your answers to the behavioural questions wandered before they reached the result.",
                        "The window-function exercise stalled; your SQL needs more depth for this role.",
                        "You did not ask us anything about the team or the data stack.")
                .contacted(at(133, 12, 0), OUTBOUND, EMAIL, THANK_YOU, "Tomasz Wierzbicki",
                        "Dear Tomasz, thank you for taking the time to write such specific feedback. I will work on "
                                + "structuring my answers and on my SQL, and I would be glad if you kept me in mind "
                                + "for future openings.")
                .evaluated(at(131, 10, 0), "Liked the small team; the evening on-call rota for dashboards would not "
                                + "suit me.",
                        point(1, ACCEPTED, 5, 4, "communication.answer-structure"),
                        point(2, ACCEPTED, 4, 5, "technology.technical-depth"),
                        point(3, PARTLY, 3, 4, "career-development.questions-asked"));

        maya.applied("Brightwave Health", "Data Analyst, Patient Insights", 138, "company website")
                .interview(SCREENING, 131, reflection(true, true, true,
                        "Friendly call; they asked a lot about healthcare data."), "Lena Hoffmann (Talent Partner)")
                .rejected(at(127, 9, 0), SCREENING, PORTAL, null)
                .requested(at(125, 14, 0), EMAIL, "Lena Hoffmann", ask("improve"))
                .requested(at(117, 10, 30), EMAIL, "Lena Hoffmann", ask("interview-advice"), ask("future-openings"))
                .feedback(at(114, 16, 45), giver(null, "Talent Partner"), VAGUE,
                        "We were looking for someone with more healthcare domain experience.")
                .evaluated(at(111, 9, 30), "Clinical data needs domain knowledge I do not have yet; other sectors "
                                + "first.",
                        point(1, PARTLY, 3, 2, "career-development.experience-gap"));

        maya.applied("Lumen Logistics", "Operations Data Analyst", 120, "referral")
                .interview(SCREENING, 114, reflection(true, true, true, null), "Aiko Tanaka (Senior Analyst)")
                .interview(TECHNICAL, 108, reflection(true, false, true, "Take-home on delivery delays went well."),
                        "Aiko Tanaka (Senior Analyst)")
                .interview(ONSITE, 101, reflection(true, true, true,
                                "Case study on warehouse throughput; I went straight to a recommendation."),
                        "Marcus Bell (Head of Operations)", "Aiko Tanaka (Senior Analyst)")
                .contacted(at(101, 18, 30), OUTBOUND, EMAIL, THANK_YOU, "Marcus Bell",
                        "Hello Marcus, thank you for today's onsite. I enjoyed the warehouse case study and learning "
                                + "how your team works with the planners.")
                .rejected(at(98, 16, 30), ONSITE, PHONE, "Close call; the other finalist had supply-chain experience.")
                .requested(at(98, 18, 0), EMAIL, "Marcus Bell", ask("weak-areas"), ask("keep-doing"),
                        ask("future-openings"))
                .feedback(at(96, 11, 30), giver("Marcus Bell", "Head of Operations"), SPECIFIC,
                        "In the case study you jumped to a recommendation before laying out your approach.",
                        "Your dashboard portfolio was the strongest we saw; keep leading with it.",
                        "Some answers ran long and lost the thread.")
                .evaluated(at(93, 8, 45), "Operations teams move fast; I liked that.",
                        point(1, ACCEPTED, 4, 5, "critical-thinking.case-analysis"),
                        point(2, ACCEPTED, 5, 5),
                        point(3, ACCEPTED, 5, 5, "communication.answer-structure"));

        maya.applied("Cobalt Insurance Group", "BI Analyst", 104, "job board")
                .interview(SCREENING, 99, reflection(false, false, true, "Did not research their products enough."),
                        "Owen Price (Recruiter)")
                .interview(TECHNICAL, 92, reflection(true, true, true, null), "Sara Lindgren (BI Manager)")
                .rejected(at(88, 11, 15), TECHNICAL, EMAIL, "We have decided to proceed with other candidates.")
                .requested(at(88, 13, 0), EMAIL, "Owen Price", ask("weak-areas"), ask("interview-advice"))
                .declined(at(85, 10, 0), "Company policy: no individual feedback after interviews.");

        maya.applied("Harbor & Finch", "Marketing Data Analyst", 85, "LinkedIn")
                .interview(SCREENING, 80, reflection(true, false, true, "Forgot to ask my questions at the end again."),
                        "Chloe Martin (Recruiter)")
                .rejected(at(76, 14, 0), SCREENING, EMAIL,
                        "Other candidates matched the marketing-analytics profile more closely.")
                .requested(at(76, 17, 20), EMAIL, "Chloe Martin", ask("improve"), ask("future-openings"))
                .feedback(at(72, 9, 0), giver("Chloe Martin", "Recruiter"), SPECIFIC,
                        "We needed hands-on experience with marketing attribution tools.",
                        "Your example answers were hard to follow without the numbers behind them.")
                .evaluated(at(70, 19, 0), null,
                        point(1, PARTLY, 3, 3, "technology.tools"),
                        point(2, ACCEPTED, 4, 3, "communication.answer-structure"));

        maya.applied("Quillstone Media", "Data Analyst, Audience", 66, "company website")
                .interview(SCREENING, 60, reflection(true, true, true,
                        "Used the STAR structure; answers felt much tighter."), "Priyanka Shah (Recruiter)")
                .interview(TECHNICAL, 54, reflection(true, true, true,
                        "SQL test went well: window functions, no freeze this time."), "Ben Adler (Analytics Manager)")
                .interview(FINAL, 45, reflection(true, true, true,
                                "Asked about their experimentation platform; good conversation."),
                        "Ben Adler (Analytics Manager)", "Joanna Wu (Head of Audience)")
                .contacted(at(45, 17, 0), OUTBOUND, EMAIL, THANK_YOU, "Ben Adler",
                        "Hi Ben, thank you and Joanna for the final conversation today. I am excited about the "
                                + "audience analytics work and happy to share anything else you need.")
                .offer(at(40, 15, 30), "Offer for Data Analyst, Audience: accepted, starting next month.");

        maya.applied("Tidewater Energy", "Junior BI Developer", 62, "job board")
                .interview(SCREENING, 57, reflection(true, true, false, null), "Gavin Doyle (Recruiter)")
                .rejected(at(50, 8, 30), SCREENING, PORTAL, null)
                .requested(at(49, 12, 0), EMAIL, "Gavin Doyle", ask("keep-doing"), ask("future-openings"))
                // the one polite follow-up; neither is ever answered (the reminders time them out)
                .requested(at(42, 9, 0), EMAIL, "Gavin Doyle", ask("interview-advice"));

        maya.contacted("Lumen Logistics", at(38, 10, 0), OUTBOUND, EMAIL, KEEP_IN_TOUCH, "Marcus Bell",
                "Hello Marcus, a short note to say I accepted an analyst role at Quillstone Media. Your feedback on "
                        + "the case study made a real difference in my later interviews. Thank you, and I hope our "
                        + "paths cross again.");

        maya.practised(128, COURSE, 240, 3, "Advanced SQL course: window functions and CTEs, first half.",
                "technology.technical-depth");
        maya.practised(120, MOCK_INTERVIEW, 60, 2, "STAR practice with a friend; still rambling on the second "
                + "question.", "communication.answer-structure");
        maya.practised(95, RECORDED_REVIEW, 45, 3, "Recorded three answers and cut each to two minutes.",
                "communication.answer-structure");
        maya.practised(90, COACH_SESSION, 60, 4, "Case-interview framework: clarify, structure, then recommend.",
                "critical-thinking.case-analysis", "communication.answer-structure");
        maya.practised(68, MOCK_INTERVIEW, 60, 4, "Mock screening with a number in every example.",
                "communication.answer-structure");
        maya.practised(61, COURSE, 180, 5, "Finished the SQL course capstone.", "technology.technical-depth")
                .markedAddressed("technology.technical-depth",
                        "SQL course finished, and the Quillstone SQL test went without a hitch.");
    }

    private void jonas() {
        Story jonas = candidate("jonas-lindqvist", "Jonas Lindqvist",
                "senior backend engineer: loses final rounds, interrupts interviewers, one angry e-mail, still "
                        + "searching");

        jonas.applied("Peregrine Robotics", "Senior Backend Engineer (Go)", 140, "referral")
                .interview(SCREENING, 136, reflection(true, true, true, null), "Mia Schultz (Technical Recruiter)")
                .interview(TECHNICAL, 130, reflection(true, true, true, "Concurrency questions in Go; comfortable."),
                        "Hannah Cole (Staff Engineer)")
                .interview(ONSITE, 124, reflection(false, true, true,
                                "System design of a fleet telemetry pipeline; I drove hard and fast."),
                        "Hannah Cole (Staff Engineer)", "Ravi Menon (Engineering Manager)")
                .rejected(at(121, 9, 45), ONSITE, EMAIL,
                        "The panel felt the system-design round lacked depth on trade-offs.")
                .requested(at(121, 12, 30), EMAIL, "Ravi Menon", ask("weak-areas"), ask("interview-advice"))
                .feedback(at(118, 10, 0), giver("Ravi Menon", "Engineering Manager"), SPECIFIC,
                        "You started designing before clarifying the requirements with the interviewer.",
                        "You talked over Hannah when she tried to steer the discussion.",
                        "Very good depth on database internals.")
                // read within hours, in the heat of the moment: an early evaluation that rejects a point heard again
                .evaluated(at(118, 13, 0), "Hardware release cycles are slower than I like.",
                        point(1, ACCEPTED, 4, 5, "critical-thinking.problem-solving"),
                        point(2, REJECTED, 2, 3, "communication.active-listening"),
                        point(3, ACCEPTED, 5, 5));

        jonas.applied("Copperleaf Software", "Staff Engineer, Platform", 118, "recruiter outreach")
                .interview(SCREENING, 113, reflection(true, true, true, null), "Tom Okoro (Recruiter)")
                .interview(TECHNICAL, 106, reflection(true, true, true, null), "Elena Vasquez (Principal Engineer)")
                .interview(PANEL, 99, reflection(true, false, true,
                                "Panel felt rushed; I jumped in a lot to keep it moving."),
                        "Elena Vasquez (Principal Engineer)", "Chris Young (Engineering Manager)",
                        "Mara Ivanova (Product Director)")
                .interview(FINAL, 94, reflection(true, true, true, "Good talk about the platform roadmap."),
                        "Grace Liu (VP Engineering)")
                .contacted(at(94, 17, 30), OUTBOUND, EMAIL, THANK_YOU, "Grace Liu",
                        "Dear Grace, thank you for the conversation about the platform roadmap today. I enjoyed "
                                + "hearing how the teams share infrastructure, and I look forward to the next steps.")
                .rejected(at(90, 11, 0), FINAL, PHONE,
                        "We chose a candidate with more experience leading cross-team initiatives.")
                .requested(at(89, 9, 0), EMAIL, "Grace Liu", ask("weak-areas"), ask("skills-to-develop"))
                .feedback(at(84, 15, 20), giver("Grace Liu", "VP Engineering"), SPECIFIC,
                        "In the panel you interrupted colleagues before they had finished their questions.",
                        "Your examples of influencing other teams without authority were thin.")
                .evaluated(at(81, 9, 0), "I want a staff role with real cross-team scope; Copperleaf was right.",
                        point(1, ACCEPTED, 4, 4, "communication.active-listening"),
                        point(2, ACCEPTED, 4, 5, "leadership.influence"));

        jonas.applied("Juniper Fintech", "Senior Software Engineer, Payments", 95, "job board")
                .interview(SCREENING, 90, reflection(true, true, true, null), "Lars Berg (Recruiter)")
                .interview(TECHNICAL, 84, reflection(true, false, true,
                        "Live coding on idempotent payment retries; solid."), "Oskar Nilsson (Tech Lead)")
                .rejected(at(80, 16, 0), TECHNICAL, EMAIL, null)
                .requested(at(80, 18, 30), EMAIL, "Lars Berg", ask("improve"))
                .feedback(at(76, 11, 0), giver("Lars Berg", "Recruiter"), VAGUE,
                        "The team felt the fit was not quite there.")
                .evaluated(at(73, 10, 0), "Heavy on-call and a compliance-driven pace: not for me.",
                        point(1, REJECTED, 2, 2));

        jonas.applied("Meridian Retail Group", "Backend Engineer, Checkout", 75, "LinkedIn")
                .interview(SCREENING, 71, reflection(true, true, true, null), "Kim Sato (Recruiter)")
                .interview(TECHNICAL, 66, reflection(true, true, true, null), "Paul Reyes (Senior Engineer)")
                .interview(FINAL, 60, reflection(true, true, true, "Four rounds done; felt like a formality."),
                        "Derek Shaw (Director of Engineering)")
                .rejected(at(57, 17, 40), FINAL, EMAIL, "We have offered the role to an internal candidate.")
                .contacted(at(57, 21, 15), OUTBOUND, EMAIL, OTHER, "Derek Shaw",
                        "Honestly, this process was a waste of my time. Four rounds and then an internal candidate? "
                                + "That is unfair, and I clearly had the skills for this role. Why didn't I get the "
                                + "job?")
                .contacted(at(55, 9, 30), INBOUND, EMAIL, OTHER, "Kim Sato",
                        "Please send no further messages to the hiring team. We wish you well in your search.")
                .doNotContact("The recruiter asked for no further contact after my angry e-mail.");

        jonas.applied("Solstice Games", "Senior Backend Engineer, Online Services", 50, "company website")
                .interview(SCREENING, 46, reflection(true, true, true, null), "Rosa Jimenez (Recruiter)")
                .interview(TECHNICAL, 40, reflection(true, true, true, null), "Nadia Petrova (Principal Engineer)")
                .interview(ONSITE, 33, reflection(true, true, true,
                                "Tried to pause before answering; still cut in twice."),
                        "Nadia Petrova (Principal Engineer)", "Leo Grant (Engineering Manager)")
                .rejected(at(30, 10, 10), ONSITE, EMAIL,
                        "Strong technically; we chose someone with more game-backend experience.")
                .requested(at(30, 15, 0), EMAIL, "Leo Grant", ask("weak-areas"), ask("future-openings"))
                .contacted(at(29, 9, 0), OUTBOUND, EMAIL, THANK_YOU, "Leo Grant",
                        "Hi Leo, thank you for letting me know, and for the time you and Nadia spent with me. I "
                                + "enjoyed the matchmaking design discussion and would be glad to be considered for "
                                + "future roles.")
                .feedback(at(26, 14, 0), giver("Nadia Petrova", "Principal Engineer"), SPECIFIC,
                        "You cut in on the interviewer several times during the design discussion.",
                        "Clear, well-structured answers on incident handling.")
                .evaluated(at(23, 10, 30), "A studio with live operations suits me.",
                        point(1, ACCEPTED, 5, 5, "communication.active-listening"),
                        point(2, ACCEPTED, 5, 5));

        jonas.applied("Atlas Mobility", "Senior Platform Engineer", 25, "referral")
                .interview(SCREENING, 19, reflection(true, true, true, null), "Noor Haddad (Recruiter)")
                .interview(TECHNICAL, 12, reflection(true, true, true, "Asked clarifying questions first this time."),
                        "Felix Braun (Staff Engineer)")
                .rejected(at(9, 15, 0), TECHNICAL, EMAIL, null)
                .requested(at(9, 17, 45), EMAIL, "Noor Haddad", ask("weak-areas"),
                        own("Which part of the design exercise would you have wanted me to go deeper on?"));

        jonas.applied("Fernhill Bank", "Lead Backend Engineer", 10, "LinkedIn")
                .interview(SCREENING, 4, reflection(true, true, true, null), "Alice Moreau (Talent Acquisition)")
                .rejected(hoursAgo(20), SCREENING, PHONE, "We are looking for someone with people-management "
                        + "experience.");

        jonas.practised(78, MOCK_INTERVIEW, 90, 2, "Mock panel with a former colleague; practised pausing before "
                + "answering.", "communication.active-listening");
        jonas.practised(70, COACH_SESSION, 60, 3, "Stories of leading without authority: the migration guild, the "
                + "on-call rework.", "leadership.influence");
        jonas.practised(64, READING, 60, null, "Read up on requirements-first system design interviews.",
                "critical-thinking.problem-solving");
        jonas.practised(20, RECORDED_REVIEW, 45, 3, "Watched a recorded mock design round; four interruptions, "
                + "down from nine.", "communication.active-listening");
        jonas.practised(15, MOCK_INTERVIEW, 60, 4, "Design round that opened with ten minutes of questions.",
                "critical-thinking.problem-solving", "communication.active-listening");
    }

    private void priya() {
        Story priya = candidate("priya-raman", "Priya Raman",
                "product designer: a decline, research and impact named twice, feedback to evaluate, an offer");

        priya.applied("Kestrel Security", "Senior Product Designer", 145, "Dribbble jobs")
                .interview(SCREENING, 140, reflection(true, true, true, null), "Zoe Palmer (Recruiter)")
                .interview(TECHNICAL, 134, reflection(true, true, true,
                        "Portfolio review; they wanted more security-product work."), "Martin Kowalski (Design Lead)")
                .interview(PANEL, 128, reflection(true, false, false,
                                "Dressed too casually compared to the panel."),
                        "Martin Kowalski (Design Lead)", "Ada Obi (Product Manager)", "Yusuf Demir (Engineer)")
                .rejected(at(124, 10, 0), PANEL, EMAIL, null)
                .requested(at(121, 11, 0), EMAIL, "Zoe Palmer", ask("weak-areas"), ask("improve"))
                .declined(at(119, 9, 15), "Their policy is not to share interview feedback.");

        priya.applied("Bluebird Learning", "Product Designer, Mobile", 130, "LinkedIn")
                .interview(SCREENING, 125, reflection(true, true, true, null), "Hugo Lambert (Recruiter)")
                .interview(TECHNICAL, 117, reflection(false, true, true,
                        "Design challenge in 90 minutes; skipped the research step."), "Amara Nwosu (Design Manager)")
                .rejected(at(113, 9, 30), TECHNICAL, EMAIL,
                        "We went with a candidate whose challenge showed more user research.")
                .requested(at(113, 11, 0), EMAIL, "Amara Nwosu", ask("weak-areas"), ask("keep-doing"))
                .contacted(at(112, 10, 0), OUTBOUND, EMAIL, THANK_YOU, "Amara Nwosu",
                        "Hello Amara, thank you for the design challenge and for your time. I learned a lot from the "
                                + "conversation about your learners.")
                .feedback(at(108, 16, 0), giver("Amara Nwosu", "Design Manager"), SPECIFIC,
                        "The design challenge lacked evidence of user research; decisions were asserted rather than "
                                + "justified.",
                        "In the portfolio it was hard to tell what you did yourself in team projects.",
                        "Lovely visual polish.")
                .evaluated(at(105, 10, 0), "Edtech for children: meaningful work, I would apply again.",
                        point(1, ACCEPTED, 4, 5, "critical-thinking.problem-solving"),
                        point(2, ACCEPTED, 5, 4, "leadership.ownership"),
                        point(3, ACCEPTED, 4, 4));

        priya.applied("Orchard Foods", "UX Designer, E-commerce", 100, "company website")
                .interview(SCREENING, 95, reflection(true, true, true, null), "Nina Berger (Recruiter)")
                .interview(ONSITE, 88, reflection(true, true, true, "Presented the checkout redesign."),
                        "Felix Romero (Head of Design)", "Dana Whitfield (UX Researcher)")
                .rejected(at(85, 15, 0), ONSITE, PHONE, "A close decision.")
                .requested(at(85, 17, 30), EMAIL, "Felix Romero", ask("weak-areas"))
                .requested(at(77, 9, 0), EMAIL, "Felix Romero", ask("interview-advice"), ask("future-openings"))
                .feedback(at(70, 13, 0), giver("Felix Romero", "Head of Design"), SPECIFIC,
                        "Your case study did not show how you measured the impact of the redesign.",
                        "You seemed unsure when we asked about accessibility standards.")
                .evaluated(at(66, 11, 0), "Large e-commerce team; I prefer smaller product squads.",
                        point(1, ACCEPTED, 4, 4, "critical-thinking.problem-solving"),
                        point(2, PARTLY, 3, 4, "communication.confidence"));

        priya.applied("Silverline Telecom", "Product Designer, Self-Service", 40, "job board")
                .interview(SCREENING, 33, reflection(true, true, true, null), "Ivy Chen (Recruiter)")
                .interview(TECHNICAL, 24, reflection(true, true, true,
                        "Whiteboard exercise; took a while to pick a direction."), "Rahul Iyer (Design Lead)")
                .rejected(at(12, 10, 0), TECHNICAL, EMAIL, null)
                .requested(at(12, 14, 30), EMAIL, "Rahul Iyer", ask("weak-areas"), ask("keep-doing"))
                .feedback(at(2, 10, 0), giver("Rahul Iyer", "Design Lead"), SPECIFIC,
                        "Strong visual craft.",
                        "We wanted to hear how you would measure the success of your design.",
                        "The whiteboard exercise took long to settle on a direction.");

        priya.applied("Vantage Clinics", "Senior UX Designer", 52, "referral")
                .interview(SCREENING, 47, reflection(true, true, true, null), "Greta Holm (Recruiter)")
                .interview(TECHNICAL, 40, reflection(true, true, true,
                        "Portfolio now says what I did myself; it landed."), "Omar Farouk (Design Director)")
                .interview(FINAL, 34, reflection(true, true, true,
                                "Showed how I measured the impact of the intake-form redesign."),
                        "Omar Farouk (Design Director)", "Lucy Tran (VP Product)")
                .contacted(at(34, 18, 0), OUTBOUND, EMAIL, THANK_YOU, "Omar Farouk",
                        "Dear Omar, thank you and Lucy for today's conversation. I would love to help make patient "
                                + "intake simpler.")
                .offer(at(30, 12, 0), "Offer for Senior UX Designer; negotiating the start date.");

        priya.contacted("Orchard Foods", at(28, 10, 0), OUTBOUND, EMAIL, KEEP_IN_TOUCH, "Felix Romero",
                "Hello Felix, your point about measuring impact changed how I present my work, and it helped me land "
                        + "a role at Vantage Clinics. Thank you again for taking the time.");

        priya.practised(100, READING, 120, null, "Read a book on lean user research.",
                "critical-thinking.problem-solving");
        priya.practised(90, COURSE, 300, 4, "UX metrics course: the HEART framework and task-success measures.",
                "critical-thinking.problem-solving");
        priya.practised(62, MOCK_INTERVIEW, 60, 4, "Portfolio walkthrough with a mentor, answering accessibility "
                + "questions.", "critical-thinking.problem-solving", "communication.confidence");
        priya.practised(58, COACH_SESSION, 45, 4, "Rewrote the case studies to say which parts I led.",
                        "leadership.ownership")
                .markedAddressed("leadership.ownership",
                        "Every case study now spells out my own role; the Vantage panel said so.");
    }

    private void sam() {
        Story sam = candidate("sam-becker", "Sam Becker",
                "career changer from teaching: an experience gap named by three employers, a certificate, a "
                        + "feedback request due");

        sam.applied("Evergreen Energy Co-op", "Project Coordinator", 95, "job board")
                .interview(SCREENING, 90, reflection(true, false, true,
                        "Talked mostly about teaching; unsure how to translate it."), "Tessa Grünewald (Recruiter)")
                .rejected(at(86, 11, 0), SCREENING, EMAIL,
                        "We are looking for someone with formal project-management experience.")
                .requested(at(86, 19, 30), EMAIL, "Tessa Grünewald", ask("skills-to-develop"), ask("future-openings"))
                .feedback(at(82, 10, 0), giver("Tessa Grünewald", "Recruiter"), SPECIFIC,
                        "No formal project-management experience or certification yet, such as PRINCE2 or CAPM.",
                        "Great organisational examples from school events.")
                .contacted(at(82, 12, 0), OUTBOUND, EMAIL, THANK_YOU, "Tessa Grünewald",
                        "Hello Tessa, thank you for the helpful feedback. I will look into a project-management "
                                + "certificate.")
                .evaluated(at(80, 9, 0), null,
                        point(1, ACCEPTED, 4, 3, "career-development.experience-gap"),
                        point(2, ACCEPTED, 4, 3));

        sam.applied("Pinecrest Software", "Customer Success Associate", 80, "LinkedIn")
                .interview(SCREENING, 74, reflection(true, true, true, null),
                        "Jamal Carter (Customer Success Manager)")
                .interview(ONSITE, 68, reflection(true, true, true,
                                "Customer role-play; I promised a fix straight away."),
                        "Jamal Carter (Customer Success Manager)", "Elif Sahin (Support Lead)")
                .rejected(at(64, 16, 0), ONSITE, EMAIL, null)
                .requested(at(63, 22, 0), EMAIL, "Jamal Carter", ask("weak-areas"), ask("improve"))
                .feedback(at(60, 10, 30), giver("Jamal Carter", "Customer Success Manager"), SPECIFIC,
                        "In the role-play you promised a fix before you understood the customer's problem.",
                        "You have not used a CRM such as Salesforce or HubSpot.")
                .evaluated(at(57, 20, 0), "I liked the customer contact; shift work in support would not suit me.",
                        point(1, ACCEPTED, 5, 4, "communication.active-listening"),
                        point(2, ACCEPTED, 4, 4, "technology.tools", "career-development.experience-gap"));

        sam.applied("Ridgeway Logistics", "Operations Coordinator", 60, "job board")
                .interview(SCREENING, 55, reflection(false, false, true,
                        "The phone screen came sooner than expected; I was not prepared."),
                        "Mark Ellison (HR Coordinator)")
                .rejected(at(52, 9, 0), SCREENING, PORTAL, null)
                .requested(at(50, 10, 0), EMAIL, "Mark Ellison", ask("improve"),
                        own("Why wasn't I shortlisted for the next round?"))
                .requested(at(42, 10, 0), EMAIL, "Mark Ellison", ask("interview-advice"))
                .declined(at(40, 15, 0), "Too many applicants to give individual feedback.");

        sam.applied("Marigold Events", "Junior Project Manager", 40, "referral")
                .interview(SCREENING, 35, reflection(true, true, true, null), "Sofia Marin (Operations Director)")
                .interview(ONSITE, 28, reflection(true, true, true,
                                "Brought the plan of a school festival I ran: budget, suppliers, timeline."),
                        "Sofia Marin (Operations Director)", "Theo Blake (Senior Project Manager)")
                .contacted(at(28, 19, 0), OUTBOUND, EMAIL, THANK_YOU, "Sofia Marin",
                        "Hello Sofia, thank you for the interview today. I enjoyed hearing about the autumn "
                                + "conference and would love to help deliver events like it.")
                .rejected(at(24, 10, 0), ONSITE, EMAIL, "Another candidate had agency experience.")
                .requested(at(24, 13, 0), EMAIL, "Sofia Marin", ask("weak-areas"), ask("keep-doing"))
                .feedback(at(20, 9, 30), giver("Sofia Marin", "Operations Director"), SPECIFIC,
                        "Great energy and clear communication.",
                        "Limited experience managing budgets and vendors at our scale.",
                        "Your answers would land better with concrete numbers.")
                .evaluated(at(17, 18, 0), "An events agency's pace suits me; evenings are fine.",
                        point(1, ACCEPTED, 4, 5),
                        point(2, ACCEPTED, 4, 5, "career-development.experience-gap"),
                        point(3, PARTLY, 3, 4, "communication.answer-structure"));

        sam.applied("Lakeside Community Bank", "Client Onboarding Specialist", 14, "company website")
                .interview(SCREENING, 8, reflection(true, true, true, "Used two teaching examples with numbers."),
                        "Rachel Moss (Recruiter)")
                .rejected(at(3, 9, 30), SCREENING, EMAIL, null);

        sam.contacted("Evergreen Energy Co-op", at(30, 10, 0), OUTBOUND, EMAIL, KEEP_IN_TOUCH, "Tessa Grünewald",
                "Hello Tessa, since we spoke I have completed most of a project-management certificate. If a "
                        + "coordinator role opens again, I would love to be considered.");

        sam.practised(78, COURSE, 600, 3, "Project-management certificate, modules 1 to 3.",
                "career-development.experience-gap");
        sam.practised(55, READING, 90, null, "HubSpot CRM basics and a free Salesforce learning path.",
                "technology.tools");
        sam.practised(45, MOCK_INTERVIEW, 45, 3, "Customer role-play with my coach: two questions before proposing "
                + "a fix.", "communication.active-listening");
        sam.practised(12, COURSE, 480, 4, "Finished the project-management certificate.",
                "career-development.experience-gap");
    }
}
