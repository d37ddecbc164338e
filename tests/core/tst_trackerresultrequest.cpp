#include "rasa/appendeventsrequest.h"
#include "rasa/sendmessagerequest.h"
#include "rasa/trackerrequest.h"
#include "testsupport/testdata.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Coach;
using namespace Qt::StringLiterals;

// The requests whose answer is a tracker: GET tracker, POST messages,
// POST and PUT tracker/events.
class TestTrackerResultRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsRealTrackers_data();
    void readsRealTrackers();
    void everyTrackerEndpointReadsTheSameAnswer_data();
    void everyTrackerEndpointReadsTheSameAnswer();
    void verbosityNoneHasNoEvents();
    void rejectsWrongShapes_data();
    void rejectsWrongShapes();
};

namespace {

using Factory = std::function<TrackerResultRequest *(EventVerbosity)>;

struct Answer
{
    ApiError error;
    TrackerSnapshot tracker;
};

Answer complete(TrackerResultRequest *request, const QByteArray &body)
{
    Answer answer;
    QObject context;
    QObject::connect(request, &RasaRequest::failed, &context,
                     [&](const ApiError &e) { answer.error = e; });
    QObject::connect(request, &RasaRequest::succeeded, &context,
                     [&] { answer.tracker = request->tracker(); });
    request->forceResult(200, body);
    return answer;
}

} // namespace

void TestTrackerResultRequest::readsRealTrackers_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestSupport::dataFiles(u"."_s, {u"tracker*.json"_s}))
        QTest::newRow(qPrintable(file)) << file;
}

void TestTrackerResultRequest::readsRealTrackers()
{
    QFETCH(QString, file);
    const QByteArray body = TestSupport::readFile(TestSupport::dataPath(file));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    const Answer answer = complete(new TrackerRequest(u"c1"_s, EventVerbosity::All), body);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    QCOMPARE(answer.tracker.senderId, json.value("sender_id"_L1).toString());
    QCOMPARE(answer.tracker.events.size(), json.value("events"_L1).toArray().size());
    QVERIFY(answer.tracker.hasEvents);
    QCOMPARE(answer.tracker.json, json);
}

void TestTrackerResultRequest::everyTrackerEndpointReadsTheSameAnswer_data()
{
    QTest::addColumn<Factory>("make");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("tracker") << Factory([](EventVerbosity v) {
        return new TrackerRequest(u"c1"_s, v);
    }) << u"GET /conversations/{id}/tracker"_s;
    QTest::newRow("messages") << Factory([](EventVerbosity v) {
        return new SendMessageRequest(u"c1"_s, u"hi"_s, std::nullopt, v);
    }) << u"POST /conversations/{id}/messages"_s;
    QTest::newRow("append") << Factory([](EventVerbosity v) {
        return new AppendEventsRequest(u"c1"_s, Event::restart(), v);
    }) << u"POST /conversations/{id}/tracker/events"_s;
}

void TestTrackerResultRequest::everyTrackerEndpointReadsTheSameAnswer()
{
    QFETCH(Factory, make);
    QFETCH(QString, endpoint);
    const QByteArray body = TestSupport::readFile(
        TestSupport::dataPath(u"rasa/data/test_trackers/tracker_moodbot.json"_s));
    TrackerResultRequest *request = make(EventVerbosity::AfterRestart);
    QCOMPARE(request->endpoint(), endpoint);
    QCOMPARE(request->query().queryItemValue(u"include_events"_s), u"AFTER_RESTART"_s);
    const Answer answer = complete(request, body);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    QCOMPARE(answer.tracker.senderId, u"mysender"_s);
    QCOMPARE(answer.tracker.latestMessage.intentName(), u"mood_great"_s);
    QCOMPARE(answer.tracker.latestActionName, u"action_listen"_s);
    QVERIFY(!answer.tracker.events.isEmpty());

    const Answer broken = complete(make(EventVerbosity::Applied), R"({"sender_id": "c1"})");
    QCOMPARE(broken.error.kind, ApiError::Kind::UnexpectedShape);
    QCOMPARE(broken.error.endpoint, endpoint);
}

void TestTrackerResultRequest::verbosityNoneHasNoEvents()
{
    const QByteArray body = R"({"sender_id": "c1", "slots": {"name": "Ada"}, "events": null,
        "paused": true, "latest_event_time": 12.5, "followup_action": null,
        "active_loop": {"name": "form", "is_interrupted": false, "rejected": false}})";
    const Answer answer = complete(new TrackerRequest(u"c1"_s, EventVerbosity::None), body);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    QVERIFY(!answer.tracker.hasEvents);
    QVERIFY(answer.tracker.paused);
    QCOMPARE(answer.tracker.slot(u"name"_s).toString(), u"Ada"_s);
    QCOMPARE(answer.tracker.latestEventTime, std::optional<double>(12.5));
    QCOMPARE(answer.tracker.activeLoop.name, u"form"_s);
}

void TestTrackerResultRequest::rejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("array") << QByteArray(R"([{"event": "restart"}])") << u"sender_id"_s;
    QTest::newRow("no sender") << QByteArray(R"({"events": []})") << u"sender_id"_s;
    QTest::newRow("sender is a number")
        << QByteArray(R"({"sender_id": 7, "events": []})") << u"sender_id"_s;
    QTest::newRow("no events") << QByteArray(R"({"sender_id": "c1"})") << u"events"_s;
    QTest::newRow("events not a list")
        << QByteArray(R"({"sender_id": "c1", "events": {}})") << u"events"_s;
    QTest::newRow("event without a type")
        << QByteArray(R"({"sender_id": "c1", "events": [{"event": "restart"}, {"name": "x"}]})")
        << u"event 2"_s;
}

void TestTrackerResultRequest::rejectsWrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const Answer answer = complete(new TrackerRequest(u"c1"_s), body);
    QCOMPARE(answer.error.kind, ApiError::Kind::UnexpectedShape);
    QVERIFY2(answer.error.detail.contains(detail), qPrintable(answer.error.detail));
}

QTEST_GUILESS_MAIN(TestTrackerResultRequest)
#include "tst_trackerresultrequest.moc"
