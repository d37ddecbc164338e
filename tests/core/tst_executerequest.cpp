#include "rasa/executerequest.h"

#include <QJsonDocument>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestExecuteRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsTheWholeActionEvent();
    void readsTrackerAndBotMessages();
    void acceptsAnswersWithoutMessages();
    void rejectsWrongShapes_data();
    void rejectsWrongShapes();
    void unknownActionIsAServerError();
};

namespace {

const QByteArray TrackerBody = R"({"sender_id": "c1", "slots": {}, "latest_message": null,
    "events": [{"event": "action", "timestamp": 1.0, "name": "utter_greet", "policy": "p",
    "confidence": 0.9}, {"event": "bot", "timestamp": 1.1, "text": "Hey!", "data": {},
    "metadata": {"utter_action": "utter_greet"}}], "active_loop": {},
    "latest_action_name": "utter_greet"})";

struct Answer
{
    ApiError error;
    TrackerSnapshot tracker;
    QList<BotMessage> messages;
};

Answer complete(int status, const QByteArray &body,
                EventVerbosity verbosity = EventVerbosity::AfterRestart)
{
    auto *request = new ExecuteRequest(u"c1"_s, Event::action(u"utter_greet"_s), verbosity);
    Answer answer;
    QObject context;
    QObject::connect(request, &RasaRequest::failed, &context,
                     [&](const ApiError &e) { answer.error = e; });
    QObject::connect(request, &RasaRequest::succeeded, &context, [&] {
        answer.tracker = request->tracker();
        answer.messages = request->messages();
    });
    request->forceResult(status, body);
    return answer;
}

} // namespace

void TestExecuteRequest::sendsTheWholeActionEvent()
{
    const Event action =
        Event::action(u"utter_greet"_s, u"policy_1_RulePolicy"_s, 1.0, 1700000000.25);
    ExecuteRequest request(u"c1"_s, action, EventVerbosity::None);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    QCOMPARE(body.value("event"_L1).toString(), u"action"_s);
    QCOMPARE(body.value("name"_L1).toString(), u"utter_greet"_s);
    QCOMPARE(body.value("policy"_L1).toString(), u"policy_1_RulePolicy"_s);
    QCOMPARE(body.value("confidence"_L1).toDouble(), 1.0);
    QCOMPARE(body.value("timestamp"_L1).toDouble(), 1700000000.25);
    QCOMPARE(request.query().queryItemValue(u"include_events"_s), u"NONE"_s);
}

void TestExecuteRequest::readsTrackerAndBotMessages()
{
    const Answer answer = complete(200, R"({"tracker": )" + TrackerBody + R"(, "messages": [
        {"recipient_id": "c1", "text": "Hey!"},
        {"recipient_id": "c1", "text": "Pick one", "buttons": [{"title": "Yes",
         "payload": "/affirm"}]},
        {"recipient_id": "c1", "image": "https://example.org/cat.png"}]})");
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.userMessage()));
    QCOMPARE(answer.tracker.latestActionName, u"utter_greet"_s);
    QCOMPARE(answer.tracker.events.size(), 2);
    QCOMPARE(answer.messages.size(), 3);
    QCOMPARE(answer.messages.at(0).text, u"Hey!"_s);
    QCOMPARE(answer.messages.at(0).recipientId, u"c1"_s);
    QCOMPARE(answer.messages.at(1).json.value("buttons"_L1).toArray().size(), 1);
    QVERIFY(answer.messages.at(2).text.isEmpty());
    QCOMPARE(answer.messages.at(2).json.value("image"_L1).toString(),
             u"https://example.org/cat.png"_s);
}

void TestExecuteRequest::acceptsAnswersWithoutMessages()
{
    const Answer answer = complete(200, R"({"tracker": )" + TrackerBody + "}");
    QVERIFY(!answer.error.isError());
    QVERIFY(answer.messages.isEmpty());
    // With include_events=NONE the tracker has no events list.
    const Answer none = complete(200, R"({"tracker": {"sender_id": "c1", "events": null},
        "messages": []})",
                                 EventVerbosity::None);
    QVERIFY2(!none.error.isError(), qPrintable(none.error.userMessage()));
    QVERIFY(!none.tracker.hasEvents);
}

void TestExecuteRequest::rejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("messages not a list")
        << QByteArray(R"({"tracker": )" + TrackerBody + R"(, "messages": "Hey"})")
        << u"not a list"_s;
    QTest::newRow("message not an object")
        << QByteArray(R"({"tracker": )" + TrackerBody + R"(, "messages": ["Hey"]})")
        << u"message 0"_s;
    QTest::newRow("no tracker") << QByteArray(R"({"messages": []})") << u"sender_id"_s;
}

void TestExecuteRequest::rejectsWrongShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const Answer answer = complete(200, body);
    QCOMPARE(answer.error.kind, ApiError::Kind::UnexpectedShape);
    QVERIFY2(answer.error.detail.contains(detail), qPrintable(answer.error.detail));
}

void TestExecuteRequest::unknownActionIsAServerError()
{
    // The normal path for actions created during a session (spec §2.3).
    const Answer answer = complete(500, R"({"version": "2.8.14", "status": "failure",
        "message": "Cannot access action 'utter_new', as that name is not a registered action for this domain.",
        "reason": "ConversationError", "details": {}, "help": null,
        "code": 500})");
    QCOMPARE(answer.error.kind, ApiError::Kind::Http);
    QCOMPARE(answer.error.reason, u"ConversationError"_s);
    QVERIFY(answer.error.message.contains(u"utter_new"_s));
    QCOMPARE(answer.error.endpoint, u"POST /conversations/{id}/execute"_s);
}

QTEST_GUILESS_MAIN(TestExecuteRequest)
#include "tst_executerequest.moc"
