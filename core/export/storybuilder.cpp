#include "storybuilder.h"

#include "parallel.h"
#include "reversed.h"

#include "model/tracker.h"

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

//! Drops user messages the bot never answered (and, at the end, what
//! followed them): the annotator restarted or stopped mid-turn, or the
//! session expired before the bot answered (the `action_listen` of a session
//! start answers nothing). Rasa would read such a message as followed by
//! `action_listen`, which contradicts the bot's rules and stops
//! `rasa train`. The message still becomes an NLU example.
void dropUnanswered(EventList &kept)
{
    QList<qsizetype> unanswered;
    qsizetype pending = -1;
    bool sessionStarting = false;
    for (qsizetype i = 0; i < kept.size(); ++i) {
        const Event &event = kept.at(i);
        if (event.type() == EventType::User) {
            if (pending >= 0)
                unanswered.append(pending);
            pending = i;
            sessionStarting = false;
        } else if (event.type() == EventType::Action) {
            if (event.isAction(u"action_session_start"_s)) {
                sessionStarting = true;
            } else if (!(sessionStarting && event.isActionListen())) {
                pending = -1;
                sessionStarting = false;
            }
        }
    }
    if (pending >= 0)
        kept.resize(pending);
    for (const qsizetype index : reversed(unanswered))
        kept.removeAt(index);
}

} // namespace

StoryNames::StoryNames(const QStringList &taken) : m_taken(taken.cbegin(), taken.cend())
{
    static const QRegularExpression pattern(u"^interactive_story_(\\d+)$"_s);
    for (const QString &name : taken) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            m_number = std::max(m_number, match.captured(1).toInt());
    }
}

QString StoryNames::next()
{
    QString name;
    do {
        name = u"interactive_story_%1"_s.arg(++m_number);
    } while (m_taken.contains(name));
    m_taken.insert(name);
    return name;
}

QList<StoryPart> StoryBuilder::storyParts(const EventList &events)
{
    QList<StoryPart> parts;
    int index = 0;
    EventList current;
    const auto finish = [&parts, &index, &current] {
        EventList kept = EventRules::kept(current);
        dropUnanswered(kept);
        if (hasUserMessage(kept))
            parts.append({index, std::move(kept)});
        current.clear();
        ++index;
    };
    for (const Event &event : events) {
        if (event.type() == EventType::Restart)
            finish();
        else
            current.append(event);
    }
    finish();
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
        for (auto &item : reversed(items)) {
            if (item.event().type() != EventType::User)
                continue;
            QJsonObject json = item.event().toJson();
            json.insert("use_text_for_featurization"_L1, event.useTextForFeaturization());
            item.alternatives.first() = Event::fromJson(json).value();
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

StorySteps StoryBuilder::build(const QList<ExportConversation> &conversations,
                               const QStringList &takenNames)
{
    return build(parts(conversations), takenNames);
}

StorySteps StoryBuilder::build(const QList<ConversationParts> &conversations,
                               const QStringList &takenNames)
{
    // The steps of each conversation on all cores; names in order after.
    QList<StorySteps> built =
        Parallel::mapSlices(conversations.size(), 64, [&conversations](Parallel::Slice slice) {
            StorySteps steps;
            for (qsizetype i = slice.begin; i < slice.end; ++i) {
                const ConversationParts &conversation = conversations.at(i);
                for (const StoryPart &part : conversation.parts) {
                    StoryStep step;
                    step.items = items(part.events);
                    step.sourceFile = conversation.id;
                    steps.append(std::move(step));
                }
            }
            return steps;
        });
    StoryNames names(takenNames);
    StorySteps steps;
    for (StorySteps &slice : built) {
        for (StoryStep &step : slice) {
            step.name = names.next();
            steps.append(std::move(step));
        }
    }
    return steps;
}

} // namespace Coach
