#include "interactivesession.h"

#include "interactivesession_p.h"
#include "logging.h"
#include "reversed.h"
#include "sessiondocument.h"

#include "rasa/apierror.h"
#include "rasa/rasaclient.h"
#include "rasa/rasarequest.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Coach {

InteractiveSession::Private::Private(InteractiveSession *session, SessionDocument *doc)
    : q(session), document(doc)
{ }

void InteractiveSession::Private::setState(State newState)
{
    if (newState == state)
        return;
    state = newState;
    qCDebug(lcSession) << "state" << newState;
    Q_EMIT q->stateChanged(newState);
}

void InteractiveSession::Private::clearQuestions()
{
    nlu.reset();
    action.reset();
    form.reset();
    buttons.reset();
    resumeQuestion.reset();
    pendingResume.reset();
}

const Conversation *InteractiveSession::Private::current() const
{
    if (!document || conversation < 0 || conversation >= document->conversationCount())
        return nullptr;
    return &document->conversation(conversation);
}

const EventList &InteractiveSession::Private::events() const
{
    static const EventList none;
    const Conversation *c = current();
    return c ? c->events : none;
}

QString InteractiveSession::Private::conversationId() const
{
    const Conversation *c = current();
    return c ? c->id : QString();
}

int InteractiveSession::Private::majorVersion() const
{
    const int major = server.majorVersion();
    if (major > 0)
        return major;
    const int stored = document ? document->serverInfo().majorVersion() : 0;
    return stored > 0 ? stored : 3;
}

bool InteractiveSession::Private::isIdle() const
{
    return state == State::AwaitingUserMessage || state == State::ConfirmingNlu
        || state == State::ConfirmingAction || state == State::ConfirmingFormValidation;
}

void InteractiveSession::Private::refreshHistory()
{
    const QList<HistoryRow> fresh = History::rows(events(), majorVersion());
    qsizetype first = 0;
    while (first < rows.size() && first < fresh.size() && rows.at(first) == fresh.at(first))
        ++first;
    if (first == rows.size() && first == fresh.size())
        return;
    const int removed = int(rows.size() - first);
    rows = fresh;
    Q_EMIT q->historyChanged(int(first), removed, fresh.mid(first));
}

void InteractiveSession::Private::refreshSlots()
{
    QList<SlotValue> fresh;
    if (online && hasTracker) {
        fresh = tracker.slotValues;
    } else {
        const Tracker local = Tracker::fromEvents(conversationId(), events(),
                                                  domain.initialSlotValues(majorVersion()));
        fresh = local.slotValues();
    }
    if (fresh == slotValues)
        return;
    slotValues = fresh;
    Q_EMIT q->slotsChanged(slotValues);
}

Status InteractiveSession::Private::requireState(std::initializer_list<State> states) const
{
    for (State allowed : states) {
        if (state == allowed)
            return {};
    }
    return makeError(
        tr("This cannot be done now (the session is %1).")
            .arg(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(int(state)))));
}

Status InteractiveSession::Private::requireServer() const
{
    if (!online || !client)
        return makeError(tr("This needs a connection to a Rasa server."));
    return {};
}

Status InteractiveSession::Private::requireEditable() const
{
    if (!isIdle())
        return requireState({State::AwaitingUserMessage, State::ConfirmingNlu,
                             State::ConfirmingAction, State::ConfirmingFormValidation});
    return requireServer();
}

void InteractiveSession::Private::track(RasaRequest *request, Step step)
{
    inFlight = request;
    pending = std::move(step);
}

void InteractiveSession::Private::fail(const ApiError &error)
{
    Step step = std::exchange(pending, Step{});
    const QString operation = step.operation;
    lastError = SessionError{};
    lastError.operation = operation;
    lastError.message = tr("Could not %1: %2").arg(operation, error.userMessage());
    lastError.serverMessage = error.message;
    lastError.httpStatus = error.httpStatus;
    // Client errors (bad request, auth) will not heal by retrying, but the
    // annotator may fix the server (auth, model) meanwhile: retry stays open.
    lastError.retryable = step.kind != StepKind::None;
    failedStep = std::move(step);
    inFlight.clear();
    qCWarning(lcSession) << "step failed:" << operation << ApiError::kindName(error.kind)
                         << error.httpStatus;
    setState(State::Failed);
    Q_EMIT q->errorOccurred(lastError);
}

void InteractiveSession::Private::warn(SessionWarning::Kind kind, const QString &message,
                                       const QString &subject)
{
    Q_EMIT q->warningRaised(SessionWarning{kind, message, subject});
}

double InteractiveSession::Private::now()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

InteractiveSession::InteractiveSession(SessionDocument *document, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, document))
{
    qRegisterMetaType<Coach::HistoryRow>();
    Q_ASSERT(document);
    d->conversation = document->currentConversation();
    Result<Domain> domain = Domain::fromJson(document->domain());
    if (domain)
        d->domain = std::move(domain).value();
    connect(document, &SessionDocument::eventsAppended, this, [this](int conversation) {
        if (conversation == d->conversation)
            d->refreshHistory();
    });
    connect(document, &SessionDocument::eventReplaced, this, [this](int conversation) {
        if (conversation == d->conversation)
            d->refreshHistory();
    });
    d->refreshHistory();
}

InteractiveSession::~InteractiveSession()
{
    if (d->client)
        d->client->cancelAll();
}

InteractiveSession::State InteractiveSession::state() const
{
    return d->state;
}

SessionDocument *InteractiveSession::document() const
{
    return d->document;
}

ServerInfo InteractiveSession::serverInfo() const
{
    return d->server;
}

ConnectionSettings InteractiveSession::connectionSettings() const
{
    return d->settings;
}

int InteractiveSession::currentConversation() const
{
    return d->conversation;
}

QList<HistoryRow> InteractiveSession::historyRows() const
{
    return d->rows;
}

QList<SlotValue> InteractiveSession::currentSlots() const
{
    return d->slotValues;
}

std::optional<NluQuestion> InteractiveSession::nluQuestion() const
{
    return d->nlu;
}

std::optional<ActionQuestion> InteractiveSession::actionQuestion() const
{
    return d->action;
}

std::optional<FormValidationQuestion> InteractiveSession::formValidationQuestion() const
{
    return d->form;
}

std::optional<ButtonQuestion> InteractiveSession::buttonQuestion() const
{
    return d->buttons;
}

std::optional<ResumeQuestion> InteractiveSession::resumeQuestion() const
{
    return d->resumeQuestion;
}

SessionError InteractiveSession::lastError() const
{
    return d->lastError;
}

ConnectionProgress InteractiveSession::connectionProgress() const
{
    return d->progress;
}

QStringList InteractiveSession::knownIntents() const
{
    QStringList names = d->domain.intentNames();
    // Retrieval intents with their response keys, from the domain's
    // `utter_faq/ask_name` responses.
    for (const ResponseDefinition &response : d->domain.responses()) {
        const QString full = response.name.mid(6);
        if (response.name.startsWith(u"utter_"_s) && full.contains(u'/')
            && names.contains(full.section(u'/', 0, 0)) && !names.contains(full))
            names.append(full);
    }
    if (d->document) {
        for (const QString &name : d->document->newIntents()) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    return names;
}

void InteractiveSession::setMaxMessages(int limit)
{
    d->maxMessages = std::max(limit, 0);
}

int InteractiveSession::maxMessages() const
{
    return d->maxMessages;
}

int InteractiveSession::completedTurns() const
{
    return d->turns;
}

QList<ForkPoint> InteractiveSession::forkPoints() const
{
    QList<ForkPoint> points;
    const EventList &events = d->events();
    const QList<int> applied = History::appliedIndexes(events);
    for (const int index : reversed(applied)) {
        if (events.at(index).type() == EventType::User)
            points.append(ForkPoint{index, events.at(index).text()});
    }
    return points;
}

} // namespace Coach
