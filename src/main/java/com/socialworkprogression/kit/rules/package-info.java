/**
 * Decision tables pinned per application: when an application starts, the versions of the decision
 * tables its diagram uses are recorded in it ({@link com.socialworkprogression.kit.rules.PinnedDecisions#VARIABLE}),
 * and the application is decided by those versions to its end. A process owner's new version of a
 * table applies to applications started after it was deployed. Authority-neutral: nothing here names
 * an authority, a route or a table.
 */
package com.socialworkprogression.kit.rules;
