#include "conflictmonitor.h"

#include "session/interactivesession.h"
#include "session/sessiondocument.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

using Loaded = Result<std::shared_ptr<ConflictChecker>>;

//! Reads the project and makes its trackers (the worker thread's part).
Loaded loadChecker(const QString &folder, const QJsonObject &sessionDomain)
{
    const Result<Domain> fallback = Domain::fromJson(sessionDomain);
    Result<ConflictProject> project =
        ConflictProject::load(folder, {}, fallback ? &*fallback : nullptr);
    if (!project)
        return project.error();
    const std::optional<int> history = project->configMaxHistory.value;
    Result<std::unique_ptr<ConflictChecker>> checker =
        ConflictChecker::create(std::move(project).value(), history);
    if (!checker)
        return checker.error();
    return std::shared_ptr<ConflictChecker>(std::move(checker).value());
}

} // namespace

ConflictMonitor::ConflictMonitor(QObject *parent) : QObject(parent)
{
    connect(&m_loading, &QFutureWatcherBase::finished, this, &ConflictMonitor::onLoaded);
}

ConflictMonitor::~ConflictMonitor()
{
    m_loading.waitForFinished();
}

void ConflictMonitor::setSession(InteractiveSession *session)
{
    if (m_session && m_session->document())
        m_session->document()->disconnect(this);
    m_session = session;
    m_checker.reset();
    if (m_session)
        connectSession();
    reload();
}

void ConflictMonitor::connectSession()
{
    SessionDocument *document = m_session->document();
    const auto update = [this](int conversation) {
        updateConversation(conversation);
        Q_EMIT conflictsChanged();
    };
    connect(document, &SessionDocument::eventsAppended, this, update);
    connect(document, &SessionDocument::conversationAdded, this, update);
    connect(document, &SessionDocument::conversationChanged, this, update);
    connect(document, &SessionDocument::currentConversationChanged, this,
            &ConflictMonitor::conflictsChanged);
    connect(document, &SessionDocument::projectFolderChanged, this, &ConflictMonitor::reload);
    connect(document, &SessionDocument::domainChanged, this, &ConflictMonitor::reload);
}

void ConflictMonitor::reload()
{
    // A read still running would answer for the old project: its answer is
    // dropped and the project read again after it.
    m_reloadQueued = m_loading.isRunning();
    const QString folder = m_session ? m_session->document()->projectFolder() : QString();
    if (folder.isEmpty()) {
        m_checker.reset();
        setState(State::NoProject);
        Q_EMIT conflictsChanged();
        return;
    }
    setState(State::Loading, tr("Reading the stories of %1…").arg(folder));
    if (m_reloadQueued)
        return;
    m_loading.setFuture(QtConcurrent::run(loadChecker, folder, m_session->document()->domain()));
}

void ConflictMonitor::onLoaded()
{
    if (m_reloadQueued) {
        m_reloadQueued = false;
        reload();
        return;
    }
    const Loaded loaded = m_loading.result();
    m_checker = loaded ? *loaded : nullptr;
    if (loaded) {
        updateAll();
        setState(State::Ready);
    } else {
        setState(State::Failed, loaded.error().toString());
    }
    Q_EMIT conflictsChanged();
}

void ConflictMonitor::setState(State state, const QString &text)
{
    const bool changed = state != m_state || text != m_statusText;
    m_state = state;
    m_statusText = text;
    if (changed)
        Q_EMIT stateChanged(state);
}

QString ConflictMonitor::conversationName(int index) const
{
    const Conversation &conversation = m_session->document()->conversation(index);
    return conversation.title.isEmpty() ? conversation.id : conversation.title;
}

void ConflictMonitor::updateConversation(int index)
{
    if (!m_checker || !m_session || index < 0
        || index >= m_session->document()->conversationCount())
        return;
    m_checker->setConversation(index, conversationName(index),
                               m_session->document()->conversation(index).events, true);
}

void ConflictMonitor::updateAll()
{
    if (!m_session)
        return;
    for (int index = 0; index < m_session->document()->conversationCount(); ++index)
        updateConversation(index);
}

QList<StoryConflict> ConflictMonitor::conflicts() const
{
    return m_checker ? m_checker->conflicts() : QList<StoryConflict>();
}

std::optional<StoryConflict> ConflictMonitor::currentConflict() const
{
    if (!m_checker || !m_session)
        return std::nullopt;
    return m_checker->latestConflict(m_session->document()->currentConversation());
}

int ConflictMonitor::currentTracker() const
{
    if (!m_checker || !m_session)
        return -1;
    const QList<int> handles =
        m_checker->conversationTrackers(m_session->document()->currentConversation());
    return handles.isEmpty() ? -1 : handles.last();
}

std::optional<StoryConflict> ConflictMonitor::preview(const QString &action)
{
    const int current = m_session ? m_session->document()->currentConversation() : -1;
    if (!m_checker || current < 0 || action.isEmpty())
        return std::nullopt;
    EventList events = m_session->document()->conversation(current).events;
    events.append(Event::action(action));
    m_checker->setConversation(PreviewConversation, conversationName(current), events, true);
    // The preview is the current conversation one step on: its own earlier
    // steps are no conflict with itself.
    m_checker->removeConversation(current);
    std::optional<StoryConflict> conflict = m_checker->lastActionConflict(PreviewConversation);
    m_checker->removeConversation(PreviewConversation);
    updateConversation(current);
    return conflict;
}

} // namespace Coach
