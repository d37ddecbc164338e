#include "conflictchecker.h"

#include "trackergenerator.h"

#include "export/storybuilder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Coach {

ConflictChecker::ConflictChecker(ConflictProject project, std::optional<int> maxHistory)
    : m_project(std::move(project))
    , m_domain(m_project.domain)
    , m_table(std::make_unique<StateTable>())
    , m_index(*m_table, maxHistory)
{ }

Result<std::unique_ptr<ConflictChecker>> ConflictChecker::create(ConflictProject project,
                                                                 std::optional<int> maxHistory)
{
    std::unique_ptr<ConflictChecker> checker(new ConflictChecker(std::move(project), maxHistory));
    const TrackerGenerator generator(checker->m_domain, *checker->m_table);
    Result<QList<ConflictTracker>> trackers = generator.storyTrackers(checker->m_project.steps);
    if (!trackers)
        return makeError(trackers.error().message, checker->m_project.folder);
    for (ConflictTracker &tracker : trackers.value())
        checker->m_index.add(std::move(tracker));
    return checker;
}

void ConflictChecker::setConversation(int conversation, const QString &name,
                                      const EventList &events, bool inProgress)
{
    const StorySteps stories = conversationStories({ExportConversation{name, events}});
    removeConversation(conversation);
    // A conversation in progress whose bot already listens has ended its turn.
    const auto lastAction = std::find_if(events.crbegin(), events.crend(), [](const Event &event) {
        return event.type() == EventType::Action || event.type() == EventType::User;
    });
    const bool listening = lastAction != events.crend() && lastAction->isActionListen();
    const TrackerGenerator generator(m_domain, *m_table);
    QList<int> handles;
    for (qsizetype part = 0; part < stories.size(); ++part) {
        const bool open = part == stories.size() - 1 && inProgress && !listening;
        ConflictTracker tracker = generator.linearTracker(stories.at(part), !open);
        tracker.name = part == 0 ? name : u"%1 (%2)"_s.arg(name).arg(part + 1);
        tracker.conversation = conversation;
        const int handle = m_index.add(std::move(tracker));
        handles.append(handle);
        m_conversationSteps.insert(handle, stories.at(part));
    }
    m_conversations.insert(conversation, handles);
}

void ConflictChecker::removeConversation(int conversation)
{
    for (int handle : m_conversations.take(conversation)) {
        m_index.remove(handle);
        m_conversationSteps.remove(handle);
    }
}

QList<StoryConflict> ConflictChecker::conversationConflicts(int conversation) const
{
    return m_index.conflictsOf(m_conversations.value(conversation));
}

std::optional<StoryConflict> ConflictChecker::latestConflict(int conversation) const
{
    const QList<int> handles = m_conversations.value(conversation);
    if (handles.isEmpty())
        return std::nullopt;
    // The bot's current turn: the actions after the action_listen before the
    // last user message (a final action_listen belongs to the turn).
    const ConflictTracker &tracker = m_index.tracker(handles.last());
    for (qsizetype position = tracker.actions.size() - 1; position >= 0; --position) {
        const bool turnStart = tracker.actions.at(position) == m_table->actionListen()
            && position < tracker.actions.size() - 1;
        if (turnStart)
            break;
        if (std::optional<StoryConflict> conflict =
                m_index.conflictAt(handles.last(), int(position)))
            return conflict;
    }
    return std::nullopt;
}

std::optional<StoryConflict> ConflictChecker::lastActionConflict(int conversation) const
{
    const QList<int> handles = m_conversations.value(conversation);
    if (handles.isEmpty())
        return std::nullopt;
    return m_index.conflictAt(handles.last(),
                              int(m_index.tracker(handles.last()).actions.size()) - 1);
}

StorySteps ConflictChecker::stepsOf(int tracker) const
{
    StorySteps steps;
    if (!m_index.contains(tracker))
        return steps;
    if (const auto part = m_conversationSteps.constFind(tracker);
        part != m_conversationSteps.cend())
        return {*part};
    for (int step : m_index.tracker(tracker).steps)
        steps.append(m_project.steps.at(step));
    return steps;
}

int ConflictChecker::conversationOf(int tracker) const
{
    return m_index.contains(tracker) ? m_index.tracker(tracker).conversation : -1;
}

} // namespace Coach
