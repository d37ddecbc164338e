#pragma once

#include "model/event.h"
#include "session/historyrow.h"

#include <QList>

namespace Coach::InboxHistory {

//! History rows of a whole stored conversation: every part (the live
//! history shows only the part after the last restart), each part's
//! applied events as live annotation shows them, and a row for each
//! `restart` and `session_started` between the parts. Event indexes point
//! into `events`.
QList<HistoryRow> rows(const EventList &events, int rasaMajorVersion = 3);

} // namespace Coach::InboxHistory
