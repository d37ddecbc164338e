// Connecting, conversations and keeping the document in sync with the
// server's tracker (docs/engine.md, "Resume and rebuild").
#include "interactivesession_p.h"
#include "sessiondocument.h"
#include "sessionformat.h"

#include "rasa/requests.h"
#include "rasa/serverreadinesswaiter.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

QString newConversationId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

//! A GET tracker answer for a conversation the server never stored: only
//! the session start it makes up in memory (spec §2.3).
bool isFreshConversation(const EventList &events)
{
    for (const Event &event : events) {
        switch (event.type()) {
        case EventType::SessionStarted:
        case EventType::Slot:
            break;
        case EventType::Action:
            if (event.isActionListen() || event.isAction(u"action_session_start"_s))
                break;
            return false;
        default:
            return false;
        }
    }
    return true;
}

bool extendsLocal(const EventList &server, const EventList &local)
{
    return server.size() >= local.size() && sameServerEvent(server.first(), local.first())
        && sameServerEvent(server.at(local.size() - 1), local.last());
}

//! A user message or an action of the bot: something the annotator would
//! miss (session starts, `action_listen` and slots carried over are not).
bool hasTurns(const EventList &events)
{
    return std::any_of(events.cbegin(), events.cend(), [](const Event &event) {
        return event.type() == EventType::User
            || (event.type() == EventType::Action && !event.isActionListen()
                && !event.isAction(u"action_session_start"_s));
    });
}

QString lastUserMessage(const EventList &events)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->type() == EventType::User)
            return it->text();
    }
    return QString();
}

//! Where the server's events start in the document when the server kept
//! only the document's last sessions (Rasa 3.x stores only the last session
//! after a fork posted a session start): the index of that
//! action_session_start, or -1 when the server's events are no such tail.
qsizetype tailStart(const EventList &server, const EventList &local)
{
    if (server.isEmpty() || !server.first().isAction(u"action_session_start"_s))
        return -1;
    for (qsizetype start = local.size() - 1; start > 0; --start) {
        if (!local.at(start).isAction(u"action_session_start"_s))
            continue;
        const qsizetype overlap = local.size() - start;
        if (server.size() < overlap)
            continue;
        bool same = true;
        for (qsizetype i = 0; same && i < overlap; ++i)
            same = sameServerEvent(server.at(i), local.at(start + i));
        if (same)
            return start;
    }
    return -1;
}

} // namespace

Status InteractiveSession::connectToServer(const ConnectionSettings &settings)
{
    if (Status status = d->requireState({State::Disconnected, State::Offline, State::Failed});
        !status)
        return status;
    if (!settings.serverUrl.isValid() || settings.serverUrl.host().isEmpty())
        return makeError(tr("The server address is not valid."));
    d->dropConnection();
    d->settings = settings;
    d->client = new RasaClient(settings.serverUrl, this);
    d->client->setAuthToken(settings.authToken);
    d->client->setJwt(settings.jwt);
    d->client->setTimeout(settings.requestTimeout);
    d->waiter = new ServerReadinessWaiter(d->client, this);
    d->waiter->setTimeout(settings.readinessTimeout.count() > 0 ? settings.readinessTimeout
                                                                : settings.requestTimeout);
    connect(d->waiter, &ServerReadinessWaiter::ready, this,
            [this](const ServerVersion &version, const ServerStatus &status, const Domain &domain) {
                d->waiter->deleteLater();
                d->waiter = nullptr;
                const ServerInfo info{SessionFormat::storableUrl(d->settings.serverUrl),
                                      version.version,
                                      version.minimumCompatibleVersion,
                                      status.modelFile,
                                      status.modelId,
                                      status.fingerprint};
                d->domain = domain;
                d->onReady(domain.toJson(), info, status.modelIdentity());
            });
    connect(d->waiter, &ServerReadinessWaiter::failed, this, [this](const ApiError &error) {
        d->waiter->deleteLater();
        d->waiter = nullptr;
        d->fail(error);
    });
    d->pending = Private::Step(Private::StepKind::Connect, tr("connect to the Rasa server"));
    d->watchReadiness();
    d->setState(State::Connecting);
    d->waiter->start();
    return {};
}

void InteractiveSession::Private::watchReadiness()
{
    progress = ConnectionProgress{
        client->displayUrl(client->baseUrl()),
        ServerReadinessWaiter::stageText(ServerReadinessWaiter::Stage::WaitingForServer),
        0,
        {}};
    const auto update = [this] {
        if (!waiter)
            return;
        progress.attempts = waiter->pollCount();
        Q_EMIT q->connectionProgressed(progress);
    };
    QObject::connect(waiter, &ServerReadinessWaiter::stageChanged, q,
                     [this, update](ServerReadinessWaiter::Stage, const QString &description) {
                         progress.stage = description;
                         update();
                     });
    QObject::connect(waiter, &ServerReadinessWaiter::attemptFailed, q,
                     [this, update](const ApiError &error) {
                         progress.lastProblem = error.userMessage();
                         update();
                     });
}

void InteractiveSession::disconnectFromServer()
{
    const bool wasConnected = d->online || d->client;
    d->dropConnection();
    if (wasConnected || d->state == State::Failed)
        d->setState(d->document && d->document->conversationCount() > 0 ? State::Offline
                                                                        : State::Disconnected);
}

void InteractiveSession::Private::dropConnection()
{
    if (waiter) {
        waiter->cancel();
        waiter->deleteLater();
        waiter = nullptr;
    }
    if (client) {
        client->cancelAll();
        client->deleteLater();
        client = nullptr;
    }
    online = false;
    hasTracker = false;
    serverCount = 0;
    lastServerEvent = Event();
    pending = Step{};
    clearQuestions();
}

Status InteractiveSession::openOffline()
{
    if (Status status = d->requireState({State::Disconnected, State::Offline, State::Failed});
        !status)
        return status;
    d->dropConnection();
    if (d->conversation < 0 && d->document->conversationCount() > 0)
        d->conversation = std::max(d->document->currentConversation(), 0);
    d->refreshHistory();
    d->refreshSlots();
    d->setState(State::Offline);
    return {};
}

void InteractiveSession::Private::onReady(const QJsonObject &domainJson, const ServerInfo &info,
                                          const QString &modelIdentity)
{
    const ServerInfo previous = document->serverInfo();
    const ServerStatus before{previous.modelFile, previous.modelId, previous.fingerprint, 0, {}};
    if (!previous.isEmpty() && !before.modelIdentity().isEmpty()
        && before.modelIdentity() != modelIdentity) {
        warn(SessionWarning::Kind::ServerModelChanged,
             tr("The server runs another model than the one this session was recorded with. "
                "Predictions may differ from the stored conversation."));
    }
    server = info;
    document->setServerInfo(info);
    document->setDomain(domainJson);
    online = true;
    attachConversation(settings.conversationId);
    resume([this] {
        continueFromEvents(true);
        Q_EMIT q->connected(server);
    });
}

int InteractiveSession::Private::attachConversation(const QString &requestedId)
{
    int index = requestedId.isEmpty() ? document->currentConversation()
                                      : document->conversationIndex(requestedId);
    if (index < 0) {
        const QString id = requestedId.isEmpty() ? newConversationId() : requestedId;
        index = document->addConversation(
            id, tr("Conversation %1").arg(document->conversationCount() + 1));
    }
    document->setCurrentConversation(index);
    if (index != conversation) {
        conversation = index;
        Q_EMIT q->currentConversationChanged(index);
    }
    refreshHistory();
    return index;
}

void InteractiveSession::Private::resume(std::function<void()> then)
{
    clearQuestions();
    readServerTracker(then, [this, then](const TrackerSnapshot &snapshot) {
        onResumeTracker(snapshot.events, snapshot, then);
    });
}

void InteractiveSession::Private::readServerTracker(
    const std::function<void()> &then, std::function<void(const TrackerSnapshot &)> onAnswer)
{
    setState(State::Rebuilding);
    TrackerRequest *request = client->tracker(conversationId(), EventVerbosity::All);
    track(request, Step(StepKind::Resume, tr("read the conversation from the server"), then));
    Coach::then(
        request, q,
        [onAnswer = std::move(onAnswer)](const TrackerRequest &answer) {
            onAnswer(answer.tracker());
        },
        [this](const ApiError &error) { fail(error); });
}

void InteractiveSession::Private::onResumeTracker(const EventList &serverEvents,
                                                  const TrackerSnapshot &snapshot,
                                                  const std::function<void()> &then)
{
    const EventList &local = events();
    const bool fresh = isFreshConversation(serverEvents);
    const bool extends =
        !local.isEmpty() && !serverEvents.isEmpty() && extendsLocal(serverEvents, local);
    if (local.isEmpty() || (extends && !hasTurns(serverEvents.mid(local.size())))) {
        // The server has what we have (a conversation chosen to continue, or
        // a session start the server added).
        if (!fresh || !local.isEmpty())
            document->appendEvents(conversation, serverEvents.mid(local.size()));
        markSynced(fresh && local.isEmpty() ? EventList() : serverEvents);
        adoptTracker(snapshot);
        then();
        return;
    }
    if (extends) {
        // The server has events the document does not (a step in flight
        // when the app was killed, or changes discarded at quit).
        onDisagreement(snapshot, true, then);
        return;
    }
    if (fresh) {
        rebuildOnServer(conversationId(), then);
        return;
    }
    if (const qsizetype skipped = tailStart(serverEvents, local); skipped > 0) {
        // The server kept only our last sessions: it is where we left it.
        document->appendEvents(conversation, serverEvents.mid(local.size() - skipped));
        markSynced(serverEvents);
        serverCount += skipped;
        adoptTracker(snapshot);
        then();
        return;
    }
    if (!hasTurns(serverEvents)) {
        // The server lost the conversation and holds nothing of value under
        // the id (a session start, what was just posted): continue the file's.
        rebuildOnServer(moveAside(tr("The server lost conversation '%1'. The session continues "
                                     "as conversation '%2'.")),
                        then);
        return;
    }
    // Other turns under this id (someone else's conversation, or the file's
    // conversation went on elsewhere): the annotator decides.
    onDisagreement(snapshot, false, then);
}

void InteractiveSession::Private::onDisagreement(const TrackerSnapshot &snapshot,
                                                 bool serverContinues, std::function<void()> then)
{
    pendingResume = PendingResume{snapshot, serverContinues, std::move(then)};
    switch (settings.resumePolicy) {
    case ResumePolicy::UseFile:
        resolveResume(ResumeChoice::UseFile);
        return;
    case ResumePolicy::UseServer:
        resolveResume(ResumeChoice::UseServer);
        return;
    case ResumePolicy::Ask:
        break;
    }
    const EventList &local = events();
    resumeQuestion =
        ResumeQuestion{conversationId(), int(local.size()),      int(snapshot.events.size()),
                       serverContinues,  lastUserMessage(local), lastUserMessage(snapshot.events)};
    setState(State::ConfirmingResume);
    Q_EMIT q->resumeQuestionAsked(*resumeQuestion);
}

Status InteractiveSession::answerResume(ResumeChoice choice)
{
    if (Status status = d->requireState({State::ConfirmingResume}); !status)
        return status;
    d->resolveResume(choice);
    return {};
}

void InteractiveSession::Private::resolveResume(ResumeChoice choice)
{
    const PendingResume pending = *std::exchange(pendingResume, std::nullopt);
    resumeQuestion.reset();
    if (choice == ResumeChoice::UseFile) {
        // The server's events under the id stay untouched.
        rebuildOnServer(moveAside(tr("The server holds other events for conversation '%1'. The "
                                     "session continues as conversation '%2'.")),
                        pending.then);
        return;
    }
    if (pending.serverContinues)
        document->appendEvents(conversation, pending.snapshot.events.mid(events().size()));
    else
        takeServerConversation(pending.snapshot);
    markSynced(pending.snapshot.events);
    adoptTracker(pending.snapshot);
    pending.then();
}

QString InteractiveSession::Private::moveAside(const QString &message)
{
    const QString old = conversationId();
    const QString moved = old + u'-' + newConversationId().left(8);
    warn(SessionWarning::Kind::ConversationMoved, message.arg(old, moved), moved);
    document->setConversationId(conversation, moved);
    return moved;
}

void InteractiveSession::Private::takeServerConversation(const TrackerSnapshot &snapshot)
{
    // The document's version stays, under a new id; the server's is added.
    const QString id = conversationId();
    moveAside(tr("The file's version of conversation '%1' is kept as conversation '%2'."));
    const int index =
        document->addConversation(id, tr("Conversation %1").arg(document->conversationCount() + 1));
    document->appendEvents(index, snapshot.events);
    document->setCurrentConversation(index);
    conversation = index;
    Q_EMIT q->currentConversationChanged(index);
    refreshHistory();
}

void InteractiveSession::Private::rebuildOnServer(const QString &id, std::function<void()> then)
{
    AppendEventsRequest *request = client->appendEvents(id, events(), EventVerbosity::All);
    track(request, Step(StepKind::Resume, tr("rebuild the conversation on the server"), then));
    Coach::then(
        request, q,
        [this, then](const AppendEventsRequest &answer) {
            // The server's copy now mirrors the document; 2.x may add
            // auto-filled slots, which are not taken over.
            markSynced(answer.tracker().events);
            adoptTracker(answer.tracker());
            then();
        },
        [this](const ApiError &error) { fail(error); });
}

void InteractiveSession::Private::markSynced(const EventList &serverEvents)
{
    serverCount = serverEvents.size();
    lastServerEvent = serverEvents.isEmpty() ? Event() : serverEvents.last();
}

qsizetype InteractiveSession::Private::syncedBeforeSession() const
{
    const EventList &all = events();
    for (qsizetype i = std::min(serverCount, all.size()) - 1; i >= 0; --i) {
        if (all.at(i).type() != EventType::SessionStarted)
            continue;
        const bool withAction = i > 0 && all.at(i - 1).type() == EventType::Action
            && all.at(i - 1).name() == u"action_session_start"_s;
        return withAction ? i - 1 : i;
    }
    return 0;
}

bool InteractiveSession::Private::sync(const TrackerSnapshot &snapshot)
{
    inFlight.clear();
    const EventList &serverEvents = snapshot.events;
    const auto continues = [&](qsizetype known) {
        return known <= 0
            || (serverEvents.size() >= known
                && sameServerEvent(serverEvents.at(known - 1), lastServerEvent));
    };
    // Rasa 3.x answers POST /messages with the events of the last session
    // only (from its action_session_start on), whatever include_events asks
    // for, and stores just those: after a fork that drops the stories before
    // the restart (seen on 3.6.21).
    qsizetype skipped = 0;
    if (!continues(serverCount)) {
        skipped = syncedBeforeSession();
        if (skipped == 0 || skipped >= serverCount || !continues(serverCount - skipped))
            return false;
    }
    const qsizetype known = serverCount - skipped;
    if (serverEvents.size() > known)
        document->appendEvents(conversation, serverEvents.mid(known));
    markSynced(serverEvents);
    serverCount += skipped;
    adoptTracker(snapshot);
    return true;
}

void InteractiveSession::Private::adoptTracker(const TrackerSnapshot &snapshot)
{
    tracker = snapshot;
    hasTracker = true;
    refreshSlots();
}

void InteractiveSession::Private::resyncThen(std::function<void()> then)
{
    readServerTracker(then, [this, then](const TrackerSnapshot &snapshot) {
        if (events().isEmpty() && isFreshConversation(snapshot.events)) {
            // Nothing stored yet: the session start the server shows is made
            // up again on every read (new timestamps), as when connecting.
            markSynced(EventList());
            adoptTracker(snapshot);
            then();
            return;
        }
        if (sync(snapshot))
            then();
        else
            onResumeTracker(snapshot.events, snapshot, then);
    });
}

bool InteractiveSession::Private::listenIfListening()
{
    const EventList &all = events();
    if (!History::appliedIndexes(all).isEmpty() && !EventRules::isListening(all))
        return false;
    setState(State::AwaitingUserMessage);
    offerButtons();
    return true;
}

int InteractiveSession::Private::unansweredUserMessage() const
{
    const EventList &all = events();
    const QList<int> applied = History::appliedIndexes(all);
    for (auto it = applied.crbegin(); it != applied.crend(); ++it) {
        if (all.at(*it).type() == EventType::User)
            return *it;
        if (all.at(*it).type() == EventType::Action)
            break;
    }
    return -1;
}

void InteractiveSession::Private::continueFromEvents(bool askNluForPendingMessage)
{
    clearQuestions();
    if (listenIfListening())
        return;
    const int message = unansweredUserMessage();
    if (message >= 0 && askNluForPendingMessage)
        validateNlu(message);
    else
        predict();
}

Status InteractiveSession::newConversation(const QString &id)
{
    if (!d->isIdle() && d->state != State::Offline && d->state != State::Disconnected)
        return d->requireState({State::AwaitingUserMessage, State::Offline});
    if (!id.isEmpty() && d->document->conversationIndex(id) >= 0)
        return makeError(tr("The session already has a conversation '%1'.").arg(id));
    const int index = d->document->addConversation(
        id.isEmpty() ? newConversationId() : id,
        tr("Conversation %1").arg(d->document->conversationCount() + 1));
    return switchConversation(index);
}

Status InteractiveSession::switchConversation(int index)
{
    if (!d->isIdle() && d->state != State::Offline && d->state != State::Disconnected)
        return d->requireState({State::AwaitingUserMessage, State::Offline});
    if (index < 0 || index >= d->document->conversationCount())
        return makeError(tr("There is no conversation %1.").arg(index + 1));
    d->document->setCurrentConversation(index);
    if (index != d->conversation) {
        d->conversation = index;
        Q_EMIT currentConversationChanged(index);
    }
    d->hasTracker = false;
    d->serverCount = 0;
    d->lastServerEvent = Event();
    d->refreshHistory();
    d->refreshSlots();
    if (d->online)
        d->resume([this] { d->continueFromEvents(true); });
    return {};
}

} // namespace Coach
