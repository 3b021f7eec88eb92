#pragma once

struct sqlite3;

namespace Linkdeck::TrigramMatch {

// The SQL function linkdeck_trigram_match(pattern, text, ...): 1 when one of the texts
// holds the pattern the way the trigram index links_fts finds a phrase, 0 otherwise. So
//     WHERE linkdeck_trigram_match(?, slug, destination, title, tags, campaign)
// keeps exactly the rows of
//     WHERE links.id IN (SELECT rowid FROM links_fts WHERE links_fts MATCH '"pattern"')
// but tests one row at a time, which lets the link table walk its sort order and stop
// after a page instead of collecting every match first. It folds case with the index's
// own tokenizer (FTS5's "trigram"), so letters beyond ASCII match as the index matches
// them; a pattern shorter than three characters matches nothing, as in the index.
//
//   if (TrigramMatch::ensureRegistered(sqliteHandle(db))) q.exec(...);
inline constexpr char FunctionName[] = "linkdeck_trigram_match";

// Registers the function on the connection unless it already has it. False if the
// connection has no FTS5 trigram tokenizer (then the function does not exist).
bool ensureRegistered(sqlite3 *handle);

}   // namespace Linkdeck::TrigramMatch
