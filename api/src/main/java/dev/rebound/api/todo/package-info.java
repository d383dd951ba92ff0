/** Reading a candidate's to-do list: feedback to ask for, feedback to evaluate, follow-ups to send. */
package dev.rebound.api.todo;
