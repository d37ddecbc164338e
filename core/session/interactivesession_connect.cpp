// Connecting, conversations and keeping the document in sync with the
// server's tracker (docs/engine.md, "Resume and rebuild").
#include "interactivesession_p.h"
#include "reversed.h"
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

QString lastUserMessage(const EventList &events)
{
    for (const Event &event : reversed(events)) {
        if (event.type() == EventType::User)
            return event.text();
    }
    return QString();
}

} // namespace

void InteractiveSession::setNetworkFactory(NetworkFactory factory)
{
    d->networkFactory = std::move(factory);
}

Status InteractiveSession::connectToServer(const ConnectionSettings &settings)
{
    if (Status status = d->requireState({State::Disconnected, State::Offline, State::Failed});
        !status)
        return status;
    if (!settings.serverUrl.isValid() || settings.serverUrl.host().isEmpty())
        return makeError(tr("The server address is not valid."));
    d->dropConnection();
    d->settings = settings;
    d->client = new RasaClient(settings.serverUrl, d->networkFactory, this);
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
    mirror.reset();
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

void InteractiveSession::Private::resume(const std::function<void()> &then)
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
    using Kind = TrackerMirror::ResumePlan::Kind;
    const TrackerMirror::ResumePlan plan = TrackerMirror::planResume(events(), serverEvents);
    switch (plan.kind) {
    case Kind::Adopt:
        document->appendEvents(conversation, plan.append);
        mirror.markSynced(plan.synced, plan.skipped);
        adoptTracker(snapshot);
        then();
        return;
    case Kind::ServerContinues:
        onDisagreement(snapshot, true, then);
        return;
    case Kind::Rebuild:
        rebuildOnServer(conversationId(), then);
        return;
    case Kind::RebuildAside:
        rebuildOnServer(moveAside(tr("The server lost conversation '%1'. The session continues "
                                     "as conversation '%2'.")),
                        then);
        return;
    case Kind::Ask:
        onDisagreement(snapshot, false, then);
        return;
    }
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
    mirror.markSynced(pending.snapshot.events);
    adoptTracker(pending.snapshot);
    pending.then();
}

QString InteractiveSession::Private::moveAside(const QString &message)
{
    const QString old = conversationId();
    QString moved = old + u'-' + newConversationId().left(8);
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

void InteractiveSession::Private::rebuildOnServer(const QString &id,
                                                  const std::function<void()> &then)
{
    AppendEventsRequest *request = client->appendEvents(id, events(), EventVerbosity::All);
    track(request, Step(StepKind::Resume, tr("rebuild the conversation on the server"), then));
    Coach::then(
        request, q,
        [this, then](const AppendEventsRequest &answer) {
            // The server's copy now mirrors the document; 2.x may add
            // auto-filled slots, which are not taken over.
            mirror.markSynced(answer.tracker().events);
            adoptTracker(answer.tracker());
            then();
        },
        [this](const ApiError &error) { fail(error); });
}

bool InteractiveSession::Private::sync(const TrackerSnapshot &snapshot)
{
    inFlight.clear();
    const std::optional<EventList> added = mirror.follow(events(), snapshot.events);
    if (!added)
        return false;
    document->appendEvents(conversation, *added);
    adoptTracker(snapshot);
    return true;
}

void InteractiveSession::Private::adoptTracker(const TrackerSnapshot &snapshot)
{
    tracker = snapshot;
    hasTracker = true;
    refreshSlots();
}

void InteractiveSession::Private::resyncThen(const std::function<void()> &then)
{
    readServerTracker(then, [this, then](const TrackerSnapshot &snapshot) {
        if (events().isEmpty() && TrackerMirror::isFreshConversation(snapshot.events)) {
            // Nothing stored yet: the session start the server shows is made
            // up again on every read (new timestamps), as when connecting.
            mirror.reset();
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
    for (const int index : reversed(applied)) {
        if (all.at(index).type() == EventType::User)
            return index;
        if (all.at(index).type() == EventType::Action)
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
    d->mirror.reset();
    d->refreshHistory();
    d->refreshSlots();
    if (d->online)
        d->resume([this] { d->continueFromEvents(true); });
    return {};
}

} // namespace Coach
