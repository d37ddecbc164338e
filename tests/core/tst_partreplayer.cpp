// PartReplayer against a scripted server: exactly which requests a part
// makes, in which order, with which events, and how answers are judged.
#include "core/helpers/replayfixtures.h"
#include "replay/partreplayer.h"
#include "replay/replayplanner.h"

#include "rasa/rasaclient.h"
#include "testsupport/rawhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Coach::Testing;
using namespace Qt::StringLiterals;
using TestSupport::RawHttpServer;

namespace {

ReplayPart partOf(const EventList &conversation)
{
    const QList<ReplayPart> parts = ReplayPlanner::parts(0, u"annotator"_s, conversation);
    return parts.value(0);
}

EventList greeting()
{
    return {actionAt(u"action_session_start"_s, 1),
            Event::sessionStarted(1.1),
            Event::actionListen(1.2),
            userSaying(u"greet"_s, 2),
            actionAt(u"utter_greet"_s, 3),
            Event::bot(u"Hey!"_s, {}, 3.1),
            Event::actionListen(4)};
}

//! A Rasa stand-in whose NLU names the intent in the text ("text of X" is X)
//! and whose policy predicts the next name of a script.
class ScriptedRasa
{
public:
    explicit ScriptedRasa(QStringList predictions) : m_predictions(std::move(predictions))
    {
        m_server.setHandler(
            [this](const RawHttpServer::Request &request) { return answer(request); });
        m_server.listen();
    }

    QUrl url() const { return m_server.url(); }
    //! `POST /model/parse`, `POST events [name, name]`, `POST predict`, ...
    QStringList calls() const
    {
        QStringList calls;
        for (const RawHttpServer::Request &request : m_server.requests())
            calls.append(describe(request));
        return calls;
    }
    QList<RawHttpServer::Request> requests() const { return m_server.requests(); }
    void failPredictions() { m_failPredictions = true; }

private:
    static QString describe(const RawHttpServer::Request &request)
    {
        const QString path = QString::fromUtf8(request.path());
        if (path.endsWith("/predict"_L1))
            return u"predict"_s;
        if (path == "/model/parse"_L1)
            return u"parse"_s;
        if (!path.endsWith("/tracker/events"_L1))
            return path;
        QStringList names;
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        const QJsonArray events = body.isArray() ? body.array() : QJsonArray{body.object()};
        for (const QJsonValue &event : events) {
            const QJsonObject json = event.toObject();
            const QString type = json.value("event"_L1).toString();
            names.append(type == "action"_L1 ? json.value("name"_L1).toString() : type);
        }
        return u"events "_s + names.join(u' ');
    }

    RawHttpServer::Response answer(const RawHttpServer::Request &request)
    {
        const QString path = QString::fromUtf8(request.path());
        if (path == "/model/parse"_L1) {
            const QString text = QJsonDocument::fromJson(request.body)["text"_L1].toString();
            const QJsonObject intent{{u"name"_s, text.mid(8)}, {u"confidence"_s, 0.9}};
            return RawHttpServer::Response::json(
                QJsonDocument(QJsonObject{{u"text"_s, text},
                                          {u"intent"_s, intent},
                                          {u"entities"_s, QJsonArray()}})
                    .toJson());
        }
        if (path.endsWith("/predict"_L1)) {
            if (m_failPredictions)
                return RawHttpServer::Response::json(R"({"status": "failure", "code": 500})", 500);
            const QString next =
                m_predictions.isEmpty() ? u"action_listen"_s : m_predictions.takeFirst();
            const QJsonObject body{
                {u"scores"_s, QJsonArray{QJsonObject{{u"action"_s, next}, {u"score"_s, 0.8}}}},
                {u"policy"_s, u"policy_1_MemoizationPolicy"_s},
                {u"confidence"_s, 0.8},
                {u"tracker"_s, QJsonObject{{u"sender_id"_s, u"x"_s}, {u"events"_s, QJsonArray()}}}};
            return RawHttpServer::Response::json(QJsonDocument(body).toJson());
        }
        return RawHttpServer::Response::json(R"({"sender_id": "x", "events": null})");
    }

    RawHttpServer m_server;
    QStringList m_predictions;
    bool m_failPredictions = false;
};

//! Replays `part` against `rasa` until it ends; true when it finished.
bool replay(ScriptedRasa &rasa, const ReplayPart &part, ReplayPart *result,
            ApiError *error = nullptr)
{
    RasaClient client(rasa.url());
    client.setRetryPolicy(RetryPolicy::none());
    PartReplayer replayer(&client, part, u"scratch"_s);
    QSignalSpy finished(&replayer, &PartReplayer::finished);
    QSignalSpy failed(&replayer, &PartReplayer::failed);
    replayer.start();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 10000))
        return false;
    *result = replayer.part();
    if (error && !failed.isEmpty())
        *error = failed.first().first().value<ApiError>();
    // A best-effort cleanup after a failure reaches the server before the client goes.
    return QTest::qWaitFor([&] { return !client.isBusy(); }, 10000) && !finished.isEmpty();
}

} // namespace

class TestPartReplayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void predictsBeforeEachAnnotatedAction();
    void eventsGoWithoutTheirRecordedTimes();
    void aDifferenceDoesNotCascade();
    void unlikelyIntentIsPredictedPastAndUndone();
    void aRejectedFormIsAskedAgainAfterTheAnswer();
    void aFailureStopsThePart();
};

void TestPartReplayer::predictsBeforeEachAnnotatedAction()
{
    ScriptedRasa rasa({u"utter_greet"_s, u"action_listen"_s});
    ReplayPart result;
    QVERIFY(replay(rasa, partOf(greeting()), &result));
    QCOMPARE(rasa.calls(),
             (QStringList{
                 u"parse"_s, u"events action_session_start session_started action_listen user"_s,
                 u"predict"_s, u"events utter_greet bot"_s, u"predict"_s, u"events restart"_s}));
    // Every conversation request went to the scratch conversation.
    for (const RawHttpServer::Request &request : rasa.requests()) {
        if (request.path().startsWith("/conversations/"))
            QVERIFY2(request.path().startsWith("/conversations/scratch/"),
                     request.path().constData());
    }
    const ReplayTurn &turn = result.turns.first();
    QVERIFY(turn.replayed);
    QVERIFY(turn.parsed);
    QCOMPARE(turn.predictedIntent(), u"greet"_s);
    QCOMPARE(turn.predictedActions(), (QStringList{u"utter_greet"_s, u"action_listen"_s}));
    QCOMPARE(turn.actions.first().policy, u"policy_1_MemoizationPolicy"_s);
    QCOMPARE(turn.actions.first().confidence, 0.8);
    QVERIFY(turn.agrees());
}

void TestPartReplayer::eventsGoWithoutTheirRecordedTimes()
{
    ScriptedRasa rasa({u"utter_greet"_s, u"action_listen"_s});
    ReplayPart result;
    QVERIFY(replay(rasa, partOf(greeting()), &result));
    int posted = 0;
    for (const RawHttpServer::Request &request : rasa.requests()) {
        if (!request.path().endsWith("/tracker/events"))
            continue;
        const QJsonDocument body = QJsonDocument::fromJson(request.body);
        for (const QJsonValue &event : body.isArray() ? body.array() : QJsonArray{body.object()}) {
            QVERIFY2(!event.toObject().contains("timestamp"_L1), request.body.constData());
            ++posted;
        }
    }
    QCOMPARE(posted, 7); // session start, listen, user, action, bot, restart
    // Everything else of an event is sent as recorded.
    const QJsonArray first = QJsonDocument::fromJson(rasa.requests().at(1).body).array();
    QJsonObject recorded = greeting().at(3).toJson();
    recorded.remove("timestamp"_L1);
    QCOMPARE(first.at(3).toObject(), recorded);
}

void TestPartReplayer::aDifferenceDoesNotCascade()
{
    EventList events = greeting();
    events << userSaying(u"mood_great"_s, 5) << actionAt(u"utter_happy"_s, 6)
           << Event::actionListen(7);
    ScriptedRasa rasa(
        {u"utter_goodbye"_s, u"action_listen"_s, u"utter_happy"_s, u"action_listen"_s});
    ReplayPart result;
    QVERIFY(replay(rasa, partOf(events), &result));
    // After the wrong prediction the annotated action goes in, not the predicted one.
    QVERIFY(rasa.calls().contains(u"events utter_greet bot"_s));
    QVERIFY(!rasa.calls().join(u' ').contains(u"utter_goodbye"_s));
    QCOMPARE(result.turns.at(0).predictedActions(),
             (QStringList{u"utter_goodbye"_s, u"action_listen"_s}));
    QVERIFY(!result.turns.at(0).agrees());
    QVERIFY(result.turns.at(0).intentAgrees());
    QVERIFY(result.turns.at(1).agrees());
}

void TestPartReplayer::unlikelyIntentIsPredictedPastAndUndone()
{
    EventList events = greeting();
    events << userSaying(u"mood_great"_s, 5) << actionAt(u"utter_happy"_s, 6)
           << Event::actionListen(7);
    ScriptedRasa rasa({u"action_unlikely_intent"_s, u"utter_greet"_s, u"action_listen"_s,
                       u"utter_happy"_s, u"action_listen"_s});
    ReplayPart result;
    QVERIFY(replay(rasa, partOf(events), &result));
    QCOMPARE(rasa.calls().mid(2, 4),
             (QStringList{u"predict"_s, u"events action_unlikely_intent"_s, u"predict"_s,
                          u"events undo utter_greet bot"_s}));
    const ReplayTurn &turn = result.turns.first();
    QVERIFY(turn.actions.first().unlikelyIntentFirst);
    QVERIFY(!turn.actions.at(1).unlikelyIntentFirst);
    QVERIFY(turn.agrees());
    QVERIFY(result.turns.at(1).agrees());
}

void TestPartReplayer::aRejectedFormIsAskedAgainAfterTheAnswer()
{
    EventList events{actionAt(u"action_session_start"_s, 1),
                     Event::sessionStarted(1.1),
                     Event::actionListen(1.2),
                     userSaying(u"request_restaurant"_s, 2),
                     actionAt(u"restaurant_form"_s, 3),
                     Event::activeLoop(u"restaurant_form"_s, 3.1),
                     Event::actionListen(4),
                     userSaying(u"deny"_s, 5),
                     Event::actionExecutionRejected(u"restaurant_form"_s),
                     Event::loopInterrupted(true),
                     actionAt(u"utter_ask_continue"_s, 6),
                     Event::actionListen(7)};
    ScriptedRasa rasa({u"restaurant_form"_s, u"action_listen"_s, u"restaurant_form"_s,
                       u"utter_ask_continue"_s, u"action_listen"_s});
    ReplayPart result;
    QVERIFY(replay(rasa, partOf(events), &result));
    QCOMPARE(rasa.calls().mid(6, 5),
             (QStringList{u"events action_listen user"_s, u"predict"_s,
                          u"events action_execution_rejected loop_interrupted"_s, u"predict"_s,
                          u"events utter_ask_continue"_s}));
    QVERIFY(result.turns.at(1).agrees());
    QCOMPARE(result.turns.at(1).predictedActions(),
             (QStringList{u"utter_ask_continue"_s, u"action_listen"_s}));
}

void TestPartReplayer::aFailureStopsThePart()
{
    ScriptedRasa rasa({});
    rasa.failPredictions();
    ReplayPart result;
    ApiError error;
    QVERIFY(!replay(rasa, partOf(greeting()), &result, &error));
    QCOMPARE(error.httpStatus, 500);
    QCOMPARE(error.endpoint, u"POST /conversations/{id}/predict"_s);
    QVERIFY(!result.turns.first().replayed);
    // Nothing more than the cleanup of the scratch conversation follows.
    QCOMPARE(rasa.calls().mid(2), (QStringList{u"predict"_s, u"events restart"_s}));
}

QTEST_GUILESS_MAIN(TestPartReplayer)
#include "tst_partreplayer.moc"
