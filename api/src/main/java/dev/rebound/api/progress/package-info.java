/** Reading a candidate's progress month by month: applications, stages reached, rejections, offers, practice. */
package dev.rebound.api.progress;
