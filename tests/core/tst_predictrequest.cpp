#include "rasa/predictrequest.h"

#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestPredictRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsScoresInServerOrder();
    void acceptsNullPolicyAndConfidence();
    void explainsAMissingDialoguePolicy_data();
    void explainsAMissingDialoguePolicy();
    void rejectsWrongShapes_data();
    void rejectsWrongShapes();
    void scoresOnlyLeavesTheTrackerUnread();
};

namespace {

const QByteArray TrackerBody = R"({"sender_id": "c1", "slots": {"name": null},
    "latest_message": {"intent": {"name": "greet", "confidence": 0.98}, "entities": [],
    "text": "hi"}, "events": [{"event": "action", "timestamp": 1.0, "name": "action_listen"},
    {"event": "user", "timestamp": 2.0, "text": "hi", "parse_data": {"intent":
    {"name": "greet", "confidence": 0.98}, "entities": []}}], "paused": false,
    "followup_action": null, "active_loop": {}, "latest_action_name": "action_listen"})";

//! Completes a predict request with `body`; returns the failure (kind None
//! on success) and fills `out` from the request before it goes away.
ApiError complete(const QByteArray &body, QList<ActionScore> *scores = nullptr,
                  QString *policy = nullptr, std::optional<double> *confidence = nullptr,
                  TrackerSnapshot *tracker = nullptr)
{
    auto *request = new PredictRequest(u"c1"_s);
    ApiError error;
    QObject context;
    QObject::connect(request, &RasaRequest::failed, &context,
                     [&](const ApiError &e) { error = e; });
    QObject::connect(request, &RasaRequest::succeeded, &context, [&] {
        if (scores)
            *scores = request->scores();
        if (policy)
            *policy = request->policy();
        if (confidence)
            *confidence = request->confidence();
        if (tracker)
            *tracker = request->tracker();
    });
    request->forceResult(200, body);
    return error;
}

} // namespace

void TestPredictRequest::readsScoresInServerOrder()
{
    // Ties are in the server's order (by name); the client must not re-sort.
    const QByteArray body = R"({"scores": [{"action": "utter_greet", "score": 0.7},
        {"action": "action_listen", "score": 0.1}, {"action": "utter_goodbye", "score": 0.1},
        {"action": "action_restart", "score": 0}], "policy": "policy_2_TEDPolicy",
        "confidence": 0.7, "tracker": )"
        + TrackerBody + "}";
    QList<ActionScore> scores;
    QString policy;
    std::optional<double> confidence;
    TrackerSnapshot tracker;
    const ApiError error = complete(body, &scores, &policy, &confidence, &tracker);
    QVERIFY2(!error.isError(), qPrintable(error.userMessage()));
    QCOMPARE(scores,
             (QList<ActionScore>{{u"utter_greet"_s, 0.7},
                                 {u"action_listen"_s, 0.1},
                                 {u"utter_goodbye"_s, 0.1},
                                 {u"action_restart"_s, 0.0}}));
    QCOMPARE(policy, u"policy_2_TEDPolicy"_s);
    QCOMPARE(confidence, std::optional<double>(0.7));
    QCOMPARE(tracker.senderId, u"c1"_s);
    QCOMPARE(tracker.events.size(), 2);
    QCOMPARE(tracker.latestMessage.intentName(), u"greet"_s);
}

void TestPredictRequest::acceptsNullPolicyAndConfidence()
{
    QString policy = u"unset"_s;
    std::optional<double> confidence = 1.0;
    const ApiError error = complete(R"({"scores": [{"action": "action_listen", "score": 1}],
        "policy": null, "confidence": null, "tracker": )"
                                        + TrackerBody + "}",
                                    nullptr, &policy, &confidence);
    QVERIFY(!error.isError());
    QVERIFY(policy.isNull());
    QVERIFY(!confidence);
}

void TestPredictRequest::explainsAMissingDialoguePolicy_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty scores") << QByteArray(R"({"scores": [], "policy": null,
        "confidence": 0, "tracker": )" + TrackerBody
                                                + "}");
    QTest::newRow("no scores") << QByteArray(R"({"policy": null, "tracker": )" + TrackerBody + "}");
    QTest::newRow("null scores") << QByteArray(R"({"scores": null, "tracker": )" + TrackerBody
                                               + "}");
}

void TestPredictRequest::explainsAMissingDialoguePolicy()
{
    QFETCH(QByteArray, body);
    const ApiError error = complete(body);
    QCOMPARE(error.kind, ApiError::Kind::UnexpectedShape);
    const QString text = error.userMessage();
    QVERIFY2(text.contains(u"predicted no action"_s), qPrintable(text));
    QVERIFY2(text.contains(u"config.yml"_s), qPrintable(text));
    QVERIFY2(text.contains(u"POST /conversations/{id}/predict"_s), qPrintable(text));
}

void TestPredictRequest::rejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    const QByteArray scores = R"("scores": [{"action": "a", "score": 1}])";
    QTest::newRow("not an object") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("scores not a list") << QByteArray(R"({"scores": {"a": 1}})") << u"not a list"_s;
    QTest::newRow("score is text")
        << QByteArray(R"({"scores": [{"action": "a", "score": "1"}]})") << u"entry 0"_s;
    QTest::newRow("entry without action")
        << QByteArray(R"({"scores": [{"action": "a", "score": 1}, {"score": 0.5}]})")
        << u"entry 1"_s;
    QTest::newRow("policy is a number")
        << QByteArray("{" + scores + R"(, "policy": 3})") << u"policy"_s;
    QTest::newRow("no tracker") << QByteArray("{" + scores + "}") << u"sender_id"_s;
    QTest::newRow("tracker without events")
        << QByteArray("{" + scores + R"(, "tracker": {"sender_id": "c1"}})") << u"events"_s;
    QTest::newRow("broken event") << QByteArray(
        "{" + scores + R"(, "tracker": {"sender_id": "c1", "events": [{"x": 1}]}})")
                                  << u"event"_s;
}

void TestPredictRequest::rejectsWrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const ApiError error = complete(body);
    QCOMPARE(error.kind, ApiError::Kind::UnexpectedShape);
    QVERIFY2(error.detail.contains(detail), qPrintable(error.detail));
}

void TestPredictRequest::scoresOnlyLeavesTheTrackerUnread()
{
    // The replay reads only the scores: a tracker that is an object is
    // enough, its events are not turned into Events.
    struct Outcome
    {
        ApiError error;
        QString top;
        qsizetype events = -1;
    };
    const auto complete = [](const QByteArray &body, PredictRequest::TrackerReading reading) {
        auto *request = new PredictRequest(u"c1"_s, reading);
        Outcome outcome;
        QObject context;
        QObject::connect(request, &RasaRequest::failed, &context,
                         [&](const ApiError &e) { outcome.error = e; });
        QObject::connect(request, &RasaRequest::succeeded, &context, [&] {
            outcome.events = request->tracker().events.size();
            outcome.top = request->scores().first().action;
        });
        request->forceResult(200, body);
        return outcome;
    };
    const QByteArray scores = R"("scores": [{"action": "utter_greet", "score": 0.9}])";
    const QByteArray unread =
        "{" + scores + R"(, "tracker": {"sender_id": "c1", "events": [{"x": 1}]}})";
    const Outcome scoresOnly = complete(unread, PredictRequest::TrackerReading::None);
    QVERIFY2(!scoresOnly.error.isError(), qPrintable(scoresOnly.error.userMessage()));
    QCOMPARE(scoresOnly.top, u"utter_greet"_s);
    QCOMPARE(scoresOnly.events, 0);
    QCOMPARE(complete(unread, PredictRequest::TrackerReading::Full).error.kind,
             ApiError::Kind::UnexpectedShape);
    const ApiError missing =
        complete("{" + scores + "}", PredictRequest::TrackerReading::None).error;
    QCOMPARE(missing.kind, ApiError::Kind::UnexpectedShape);
    QVERIFY2(missing.userMessage().contains(u"tracker"_s), qPrintable(missing.userMessage()));
    // The unread tracker is still checked: not an object, or not JSON.
    const ApiError notAnObject =
        complete("{" + scores + R"(, "tracker": [1]})", PredictRequest::TrackerReading::None).error;
    QCOMPARE(notAnObject.kind, ApiError::Kind::UnexpectedShape);
    QVERIFY2(notAnObject.userMessage().contains(u"tracker"_s),
             qPrintable(notAnObject.userMessage()));
    const ApiError damaged = complete("{" + scores + R"(, "tracker": {"events": [tru]}})",
                                      PredictRequest::TrackerReading::None)
                                 .error;
    QCOMPARE(damaged.kind, ApiError::Kind::MalformedBody);
}

QTEST_GUILESS_MAIN(TestPredictRequest)
#include "tst_predictrequest.moc"
