/** Reading how a candidate's weaknesses trend: mentions per month, weight, recurrence, practice and status. */
package dev.rebound.api.weaknesstrends;
