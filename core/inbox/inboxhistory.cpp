#include "inboxhistory.h"

namespace Coach::InboxHistory {

namespace {

bool endsAPart(const Event &event)
{
    return event.type() == EventType::Restart || event.type() == EventType::SessionStarted;
}

void appendPart(QList<HistoryRow> &rows, const EventList &events, qsizetype first, qsizetype end,
                int rasaMajor)
{
    if (end <= first)
        return;
    for (HistoryRow row : History::rows(events.mid(first, end - first), rasaMajor)) {
        row.eventIndex += static_cast<int>(first);
        rows.append(row);
    }
}

} // namespace

QList<HistoryRow> rows(const EventList &events, int rasaMajorVersion)
{
    QList<HistoryRow> result;
    qsizetype partStart = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (!endsAPart(events.at(i)))
            continue;
        appendPart(result, events, partStart, i, rasaMajorVersion);
        HistoryRow separator;
        separator.kind = HistoryRow::Kind::Other;
        separator.eventIndex = static_cast<int>(i);
        separator.event = events.at(i);
        separator.text = History::storyString(events.at(i));
        result.append(separator);
        partStart = i + 1;
    }
    appendPart(result, events, partStart, events.size(), rasaMajorVersion);
    return result;
}

} // namespace Coach::InboxHistory
