#include "conflictscontroller.h"

#include "actionpanel.h"
#include "choicelist.h"
#include "conflictgraphmarker.h"
#include "conflictmonitor.h"
#include "conflictspanel.h"
#include "conflictstorydialog.h"
#include "conflictwarning.h"
#include "graphview/graphpanel.h"

#include "session/interactivesession.h"
#include "session/sessiondocument.h"

#include <QDockWidget>

namespace Coach {

ConflictsController::ConflictsController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_monitor(new ConflictMonitor(this))
    , m_warning(new ConflictWarning(window))
    , m_panel(new ConflictsPanel(m_monitor, window))
{
    connect(m_monitor, &ConflictMonitor::conflictsChanged, this, &ConflictsController::refresh);
    connect(m_warning, &ConflictWarning::storyRequested, this, &ConflictsController::showStory);
    connect(m_panel, &ConflictsPanel::storyRequested, this, &ConflictsController::showStory);
    connect(m_warning, &ConflictWarning::panelRequested, this, [this] {
        if (m_dock) {
            m_dock->show();
            m_dock->raise();
        }
    });
}

void ConflictsController::setSession(InteractiveSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        // The preview comes and goes with the action question.
        connect(m_session, &InteractiveSession::stateChanged, this, &ConflictsController::refresh);
        connect(m_session, &InteractiveSession::actionQuestionAsked, this,
                &ConflictsController::refresh);
    }
    m_monitor->setSession(session);
}

void ConflictsController::setDock(QDockWidget *dock)
{
    m_dock = dock;
}

void ConflictsController::watchActionPanel(ActionPanel *panel)
{
    m_actionPanel = panel;
    connect(panel->choiceList(), &ChoiceList::currentChanged, this, &ConflictsController::refresh);
}

ConflictGraphMarker *ConflictsController::graphMarker() const
{
    return m_marker;
}

void ConflictsController::markGraph(GraphPanel *panel)
{
    m_marker = new ConflictGraphMarker(panel->canvas());
}

int ConflictsController::eventOf(const StoryConflict &conflict) const
{
    // The conversation's own action in the conflict: the last event that
    // runs it (the conflict is in the bot's current turn).
    QString action;
    for (const StoryConflict::Action &candidate : conflict.actions) {
        for (const StoryConflict::Occurrence &occurrence : candidate.occurrences) {
            if (occurrence.tracker == m_monitor->currentTracker())
                action = candidate.name;
        }
    }
    const SessionDocument *document = m_session ? m_session->document() : nullptr;
    if (action.isEmpty() || !document || document->currentConversation() < 0)
        return -1;
    const EventList &events = document->conversation(document->currentConversation()).events;
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).type() == EventType::Action && events.at(i).actionNameOrText() == action)
            return int(i);
    }
    return -1;
}

void ConflictsController::refresh()
{
    // The preview first: it checks the conversation again, which gives its
    // trackers new handles.
    const bool choosing = m_session && m_actionPanel
        && m_session->state() == InteractiveSession::State::ConfirmingAction;
    const QString choice = choosing ? m_actionPanel->choiceList()->currentName() : QString();
    const std::optional<StoryConflict> preview =
        choosing ? m_monitor->preview(choice) : std::nullopt;
    const std::optional<StoryConflict> conflict = m_monitor->currentConflict();
    m_warning->setConflict(conflict, m_monitor->currentTracker());
    m_warning->setPreview(preview, choice);
    if (!m_marker)
        return;
    const std::optional<ActionQuestion> question =
        choosing ? m_session->actionQuestion() : std::nullopt;
    if (preview && question && choice == question->action)
        m_marker->markPending();
    else if (conflict)
        m_marker->markEvent(m_session->document()->currentConversation(), eventOf(*conflict));
    else
        m_marker->clear();
}

void ConflictsController::showStory(int tracker)
{
    const ConflictChecker *checker = m_monitor->checker();
    if (!checker || !checker->index().contains(tracker))
        return;
    auto *dialog = new ConflictStoryDialog(checker->index().tracker(tracker).name,
                                           checker->stepsOf(tracker), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Coach
