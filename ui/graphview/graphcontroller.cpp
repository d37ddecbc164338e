#include "graphcontroller.h"

#include "graphpanel.h"
#include "messagebox.h"

#include "graph/graphservice.h"
#include "graph/graphsessionsource.h"
#include "session/interactivesession.h"
#include "session/sessiondocument.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
// Long enough to fold the events of one step (user message, slots, action)
// into one request, short enough to stay far below the 100 ms budget.
constexpr int DebounceMs = 10;
} // namespace

GraphController::GraphController(GraphPanel *panel, QObject *parent)
    : QObject(parent), m_panel(panel), m_service(new GraphService(this))
{
    m_panel->attach(m_service);
    m_panel->installEventFilter(this);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &GraphController::requestGraph);
    connect(m_panel, &GraphPanel::forkRequested, this, &GraphController::onForkRequested);
}

GraphController::~GraphController() = default;

void GraphController::setSession(InteractiveSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    if (m_session && m_session->document())
        m_session->document()->disconnect(this);
    m_session = session;
    if (!m_session)
        return;
    connectSession();
    reloadTraining();
    scheduleUpdate();
}

void GraphController::connectSession()
{
    InteractiveSession *session = m_session;
    SessionDocument *document = session->document();
    connect(document, &SessionDocument::eventsAppended, this, &GraphController::scheduleUpdate);
    connect(document, &SessionDocument::eventReplaced, this, &GraphController::scheduleUpdate);
    connect(document, &SessionDocument::conversationAdded, this, &GraphController::scheduleUpdate);
    connect(document, &SessionDocument::conversationChanged, this,
            &GraphController::scheduleUpdate);
    connect(document, &SessionDocument::currentConversationChanged, this,
            &GraphController::scheduleUpdate);
    connect(document, &SessionDocument::projectFolderChanged, this,
            &GraphController::reloadTraining);
    connect(document, &SessionDocument::domainChanged, this, &GraphController::reloadTraining);
    // The pending prediction appears and disappears with the action question.
    connect(session, &InteractiveSession::actionQuestionAsked, this,
            &GraphController::scheduleUpdate);
    connect(session, &InteractiveSession::stateChanged, this, &GraphController::scheduleUpdate);
}

void GraphController::reloadTraining()
{
    if (!m_session)
        return;
    const SessionDocument *document = m_session->document();
    m_service->loadTrainingData([folder = document->projectFolder(), domain = document->domain()] {
        return GraphSessionSource::readProject(folder, domain);
    });
    scheduleUpdate();
}

void GraphController::refresh()
{
    m_dirty = true;
    requestGraph();
}

bool GraphController::panelShown() const
{
    return m_panel && m_panel->isVisible() && !m_behindTab;
}

void GraphController::setPanelShown(bool shown)
{
    m_behindTab = !shown;
    if (panelShown() && m_dirty)
        m_debounce.start();
}

void GraphController::scheduleUpdate()
{
    m_dirty = true;
    if (panelShown())
        m_debounce.start();
}

void GraphController::requestGraph()
{
    if (!m_session || !panelShown())
        return;
    m_debounce.stop();
    m_dirty = false;
    const GraphSessionData data = GraphSessionSource::fromDocument(*m_session->document());
    GraphRequest request;
    request.keepPositions = true; // nodes stay where the annotator saw them
    request.conversations = data.conversations;
    request.currentConversation = data.currentConversation;
    if (m_session->state() == InteractiveSession::State::ConfirmingAction) {
        if (const auto question = m_session->actionQuestion())
            request.pendingAction = question->action;
    }
    m_service->requestGraph(request);
}

bool GraphController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_panel && event->type() == QEvent::Show && m_dirty && panelShown())
        m_debounce.start();
    return QObject::eventFilter(watched, event);
}

void GraphController::onForkRequested(int conversation, int eventIndex)
{
    if (!m_session || conversation != m_session->currentConversation())
        return;
    QString text;
    for (const ForkPoint &point : m_session->forkPoints()) {
        if (point.eventIndex == eventIndex)
            text = point.text;
    }
    if (text.isNull()) {
        Q_EMIT commandFailed(tr("Only messages of the current story can be forked from; "
                                "this one is in an earlier story or was undone."));
        return;
    }
    const auto answer = MessageBox::question(
        m_panel, tr("Fork the Conversation"),
        tr("Continue the conversation from before “%1”?\n\nThe messages from there on are left "
           "out of the new story; the old story stays in the session.")
            .arg(text));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status status = m_session->fork(eventIndex); !status)
        Q_EMIT commandFailed(status.error().message);
}

} // namespace Coach
