#include "partreplayer.h"

#include "logging.h"

#include "rasa/requests.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

constexpr auto kUnlikelyIntent = "action_unlikely_intent"_L1;

//! The event as the server should store it now: without its recorded
//! timestamp, so the server stamps the current time. With the old times a
//! prediction would find the session expired and start a new one.
Event restamped(const Event &event)
{
    QJsonObject json = event.toJson();
    if (!json.contains("timestamp"_L1))
        return event;
    json.remove("timestamp"_L1);
    return Event::fromJson(json).value();
}

} // namespace

PartReplayer::PartReplayer(RasaClient *client, ReplayPart part, QString scratchId, QObject *parent)
    : QObject(parent), m_client(client), m_part(std::move(part)), m_scratchId(std::move(scratchId))
{ }

PartReplayer::~PartReplayer()
{
    if (m_request)
        m_request->cancel();
}

void PartReplayer::start()
{
    beginTurn(0);
}

void PartReplayer::cancel()
{
    if (m_stopped)
        return;
    m_stopped = true;
    if (m_request)
        m_request->cancel();
    abandonScratch();
}

void PartReplayer::abandonScratch()
{
    // Best effort, not waited for: the server may be gone.
    if (m_created && m_client)
        m_client->appendEvent(m_scratchId, Event::restart(), EventVerbosity::None);
}

void PartReplayer::beginTurn(int turn)
{
    if (turn == m_part.turns.size()) {
        cleanUp();
        return;
    }
    m_turnTimer.start();
    ReplayTurn &current = m_part.turns[turn];
    if (current.text().isEmpty()) {
        beginAction(turn, 0);
        return;
    }
    ParseRequest *request = m_client->parse(current.text());
    watch(request);
    then(
        request, this,
        [this, turn](const ParseRequest &answer) {
            m_part.turns[turn].predicted = answer.parseData();
            m_part.turns[turn].parsed = true;
            beginAction(turn, 0);
        },
        [this](const ApiError &error) { fail(error); });
}

void PartReplayer::beginAction(int turn, int action)
{
    if (action == m_part.turns.at(turn).actions.size()) {
        finishTurn(turn);
        return;
    }
    const qsizetype stateEnd = m_part.turns.at(turn).actions.at(action).stateEnd;
    post(stateEnd, Probe::None, [this, turn, action] { predict(turn, action, Stage::First); });
}

void PartReplayer::predict(int turn, int action, Stage stage)
{
    PredictRequest *request = m_client->predictScores(m_scratchId);
    watch(request);
    then(
        request, this,
        [this, turn, action, stage](const PredictRequest &answer) {
            onPredicted(turn, action, stage, answer);
        },
        [this](const ApiError &error) { fail(error); });
}

void PartReplayer::onPredicted(int turn, int action, Stage stage, const PredictRequest &request)
{
    ReplayAction &checked = m_part.turns[turn].actions[action];
    // PredictRequest guarantees at least one score.
    const ActionScore top = request.scores().constFirst();
    if (stage == Stage::First && top.action == kUnlikelyIntent
        && checked.expected != kUnlikelyIntent) {
        // As `rasa test`: note it, let the tracker have it, predict again.
        // It is undone before the next annotated events go in.
        checked.unlikelyIntentFirst = true;
        post(m_posted, Probe::UnlikelyIntent,
             [this, turn, action] { predict(turn, action, Stage::AfterUnlikelyIntent); });
        return;
    }
    if (top.action != checked.expected && stage != Stage::AfterFormAnswer
        && checked.stateEnd < checked.partEvent) {
        // The annotator rejected the form here; ask again after the answer.
        post(checked.partEvent, Probe::None,
             [this, turn, action] { predict(turn, action, Stage::AfterFormAnswer); });
        return;
    }
    checked.predicted = top.action;
    checked.confidence = request.confidence().value_or(top.score);
    checked.policy = request.policy();
    checked.replayed = true;
    beginAction(turn, action + 1);
}

void PartReplayer::finishTurn(int turn)
{
    ReplayTurn &done = m_part.turns[turn];
    done.replayed = true;
    done.elapsedMs = m_turnTimer.elapsed();
    Q_EMIT turnReplayed(turn);
    beginTurn(turn + 1);
}

void PartReplayer::cleanUp()
{
    if (!m_created) {
        Q_EMIT finished();
        return;
    }
    AppendEventsRequest *request =
        m_client->appendEvent(m_scratchId, Event::restart(), EventVerbosity::None);
    watch(request);
    then(
        request, this, [this](const AppendEventsRequest &) { Q_EMIT finished(); },
        [this](const ApiError &error) { fail(error); });
}

void PartReplayer::post(qsizetype end, Probe probe, const std::function<void()> &next)
{
    EventList events;
    if (!m_created) {
        // The part's applied events start after a session start; beginning
        // with one keeps the server from adding its own before them.
        events.append(Event::action(u"action_session_start"_s));
        events.append(Event::sessionStarted());
    }
    if (m_undoPending)
        events.append(Event::undo());
    for (qsizetype i = m_posted; i < end; ++i)
        events.append(restamped(m_part.events.at(i)));
    if (probe == Probe::UnlikelyIntent)
        events.append(Event::action(kUnlikelyIntent));
    if (events.isEmpty()) {
        next();
        return;
    }
    AppendEventsRequest *request =
        m_client->appendEvents(m_scratchId, events, EventVerbosity::None);
    watch(request);
    then(
        request, this,
        [this, end, probe, next](const AppendEventsRequest &) {
            m_created = true;
            m_posted = end;
            m_undoPending = probe == Probe::UnlikelyIntent;
            next();
        },
        [this](const ApiError &error) { fail(error); });
}

void PartReplayer::watch(RasaRequest *request)
{
    m_request = request;
}

void PartReplayer::fail(const ApiError &error)
{
    if (m_stopped)
        return;
    qCDebug(lcNet) << "replay of" << m_part.conversationId << "part" << m_part.part << "failed";
    m_stopped = true;
    abandonScratch();
    Q_EMIT failed(error);
}

} // namespace Coach
