#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace Coach {

struct TrackerStoreAddress;

//! Looks up a stored database password (the app installs the system
//! keyring through QtKeychain); empty when there is none.
using PasswordLookup = std::function<QString(const TrackerStoreAddress &address)>;
void setInboxPasswordLookup(PasswordLookup lookup);

//! `rasa-coach inbox`: the conversations of a bot's SQL tracker store, for
//! scripts and CI.
//!
//!     rasa-coach inbox (--tracker-store URL | --endpoints FILE)
//!                      [--intent NAME]… [--action NAME]… [--below C]
//!                      [--since ISO8601] [--until ISO8601] [--min-turns N]
//!                      [--text S] [--limit N] [--no-cache] --format json|csv
//!
//! URL is postgresql://USER@HOST:PORT/DB or sqlite:///ABSOLUTE/PATH; FILE the
//! bot's endpoints.yml (`tracker_store: type: SQL`, `${VAR}` expanded as
//! Rasa does). A PostgreSQL password comes from the URL or endpoints.yml,
//! else RASA_COACH_DB_PASSWORD, else the keyring, else a prompt on the
//! terminal. Filters and columns are InboxFilter's and InboxIndex's
//! (docs/inbox.md); sorted by last event (newest first), ties by sender id
//! in code-point order; --limit applies after sorting, `total` counts the
//! matches before it. The index is cached in the user's cache folder
//! (owner-only) unless --no-cache.
//!
//! `arguments` are those after the word `inbox`. Exit codes: 0 done (also
//! with no match), 1 bad usage or input (nothing on stdout), 2 the tracker
//! store could not be read (the message names it).
int runInboxCommand(const QStringList &arguments);
//! The same with its own streams (tests).
int runInboxCommand(const QStringList &arguments, QTextStream &out, QTextStream &errors);

} // namespace Coach
