#include "storybuilder.h"

#include "model/tracker.h"
#include "parallel.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

bool hasUserMessage(const EventList &events)
{
    return std::any_of(events.cbegin(), events.cend(),
                       [](const Event &event) { return event.type() == EventType::User; });
}

//! Cuts before every session_started event.
QList<EventList> splitAtSessions(const EventList &events)
{
    QList<EventList> sessions;
    EventList current;
    for (const Event &event : events) {
        if (event.type() == EventType::SessionStarted && !current.isEmpty()) {
            sessions.append(current);
            current.clear();
        }
        current.append(event);
    }
    if (!current.isEmpty())
        sessions.append(current);
    return sessions;
}

//! Drops a user message the bot never answered (and what followed it) from
//! the end of a story: the annotator restarted or stopped mid-turn, and
//! Rasa would read the story as ending in `action_listen` after it, which
//! contradicts the bot's rules and stops `rasa train`.
void dropUnansweredEnd(EventList &applied)
{
    qsizetype cut = applied.size();
    for (qsizetype i = applied.size() - 1; i >= 0; --i) {
        const EventType type = applied.at(i).type();
        if (type == EventType::Action)
            break;
        if (type == EventType::User)
            cut = i;
    }
    applied.resize(cut);
}

int highestStoryNumber(const QStringList &names)
{
    static const QRegularExpression pattern(u"^interactive_story_(\\d+)$"_s);
    int highest = 0;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            highest = std::max(highest, match.captured(1).toInt());
    }
    return highest;
}

} // namespace

QList<EventList> StoryBuilder::storyParts(const EventList &events)
{
    QList<EventList> parts;
    for (const EventList &part : EventRules::splitAtRestarts(events)) {
        for (const EventList &session : splitAtSessions(part)) {
            EventList applied = EventRules::applied(session);
            dropUnansweredEnd(applied);
            if (hasUserMessage(applied))
                parts.append(std::move(applied));
        }
    }
    return parts;
}

QList<StoryItem> StoryBuilder::items(const EventList &applied)
{
    QList<StoryItem> items;
    items.reserve(applied.size());
    for (const Event &event : applied) {
        // Bot utterances and session markers have no story syntax in any
        // Rasa story format: leave them out early (big exports).
        if (event.type() == EventType::Bot || event.type() == EventType::SessionStarted)
            continue;
        if (event.type() != EventType::UserFeaturization) {
            items.append(StoryItem{{event}});
            continue;
        }
        for (auto it = items.rbegin(); it != items.rend(); ++it) {
            if (it->event().type() != EventType::User)
                continue;
            QJsonObject json = it->event().toJson();
            json.insert("use_text_for_featurization"_L1, event.useTextForFeaturization());
            it->alternatives.first() = Event::fromJson(json).value();
            break;
        }
    }
    return items;
}

QList<ConversationParts> StoryBuilder::parts(const QList<ExportConversation> &conversations)
{
    QList<ConversationParts> all;
    all.reserve(conversations.size());
    for (const ExportConversation &conversation : conversations)
        all.append({conversation.id, storyParts(conversation.events)});
    return all;
}

StorySteps StoryBuilder::build(const QList<ExportConversation> &conversations, const QStringList &takenNames)
{
    return build(parts(conversations), takenNames);
}

StorySteps StoryBuilder::build(const QList<ConversationParts> &conversations,
                               const QStringList &takenNames)
{
    // The steps of each conversation on all cores; names in order after.
    QList<StorySteps> built = Parallel::mapSlices(
        conversations.size(), 64, [&conversations](Parallel::Slice slice) {
            StorySteps steps;
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const ConversationParts &conversation = conversations.at(i);
                for (const EventList &part : conversation.parts) {
                    StoryStep step;
                    step.items = items(part);
                    step.sourceFile = conversation.id;
                    steps.append(std::move(step));
                }
            }
            return steps;
        });
    const QSet<QString> taken(takenNames.cbegin(), takenNames.cend());
    int number = highestStoryNumber(takenNames);
    StorySteps steps;
    for (StorySteps &slice : built) {
        for (StoryStep &step : slice) {
            do {
                step.name = u"interactive_story_%1"_s.arg(++number);
            } while (taken.contains(step.name));
            steps.append(std::move(step));
        }
    }
    return steps;
}

} // namespace Coach
