#include "storyparts.h"

#include "trackermirror.h"

#include "model/tracker.h"

namespace Coach {

namespace {

//! How many leading events `part` copies from `previous`.
qsizetype copiedPrefix(const EventList &events, const StoryOutline &previous,
                       const StoryOutline &part)
{
    qsizetype copied = 0;
    while (part.firstEvent + copied < part.endEvent
           && previous.firstEvent + copied < previous.endEvent
           && TrackerMirror::sameEvent(events.at(part.firstEvent + copied),
                                       events.at(previous.firstEvent + copied)))
        ++copied;
    return copied;
}

void describe(const EventList &events, StoryOutline &part)
{
    const EventList applied =
        EventRules::applied(events.mid(part.firstEvent, part.endEvent - part.firstEvent));
    for (const Event &event : applied) {
        if (event.type() != EventType::User)
            continue;
        if (part.userMessages++ == 0)
            part.firstMessage = event.text();
    }
}

void findFork(const EventList &events, const QList<StoryOutline> &parts, StoryOutline &part)
{
    const StoryOutline &previous = parts.constLast();
    const qsizetype copied = copiedPrefix(events, previous, part);
    bool copiedMessage = false;
    for (qsizetype i = 0; i < copied; ++i)
        copiedMessage = copiedMessage || events.at(part.firstEvent + i).type() == EventType::User;
    if (!copiedMessage)
        return; // a restart: at most the session start is the same
    part.origin = StoryOutline::Origin::Fork;
    part.forkedFrom = int(parts.size() - 1);
    for (qsizetype i = previous.firstEvent + copied; i < previous.endEvent; ++i) {
        if (events.at(i).type() == EventType::User) {
            part.forkedBefore = events.at(i).text();
            break;
        }
    }
}

} // namespace

QList<StoryOutline> StoryParts::of(const EventList &events)
{
    QList<StoryOutline> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= events.size(); ++i) {
        if (i < events.size() && events.at(i).type() != EventType::Restart)
            continue;
        StoryOutline part;
        part.number = int(parts.size()) + 1;
        part.firstEvent = int(start);
        part.endEvent = int(i);
        if (!parts.isEmpty()) {
            part.origin = StoryOutline::Origin::Restart;
            findFork(events, parts, part);
        }
        describe(events, part);
        parts.append(part);
        start = i + 1;
    }
    return parts;
}

} // namespace Coach
