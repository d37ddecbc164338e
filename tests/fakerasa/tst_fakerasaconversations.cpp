#include "fakerasa/fakerasaserver.h"
#include "fakerasa/testserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

QString botPath(const char *name)
{
    const QString folder = QLatin1StringView(name);
    return folder == "slotbot"_L1 ? TestServer::testBot(folder) : TestServer::exampleBot(folder);
}

QJsonObject lastEvent(const QJsonObject &tracker, const QString &type)
{
    const QJsonArray events = tracker.value("events"_L1).toArray();
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        if (events.at(i).toObject().value("event"_L1).toString() == type)
            return events.at(i).toObject();
    }
    return {};
}

} // namespace

class TestFakeRasaConversations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();

    void moodbotHoldsAConversation_data();
    void moodbotHoldsAConversation();
    void executeRendersResponses();
    void executeReturnsTheTrackerBeforeTheAction();
    void executeErrors();
    void executeCustomAndDefaultActions();
    void predictNeedsAnExistingConversation_data();
    void predictNeedsAnExistingConversation();
    void predictScoresEveryAction();
    void messageErrors();
    void messageParsing();
    void slotFillingFollowsVersion_data();
    void slotFillingFollowsVersion();
    void templatesAndConditionalResponses();
    void formbotFillsTheForm_data();
    void formbotFillsTheForm();
    void formStoryLeavesTheLoop();

private:
    void start(const char *bot, const QString &version = u"3.6.2"_s);
    QJsonObject say(const QString &id, const QString &text);
    QJsonObject predict(const QString &id);
    HttpResult execute(const QString &id, const QString &action, const QJsonValue &policy = {},
                       const QJsonValue &confidence = {});
    QJsonObject tracker(const QString &id);
    QStringList botTurn(const QString &id);

    TestServer m_server;
};

void TestFakeRasaConversations::start(const char *bot, const QString &version)
{
    const Status started = m_server.start(botPath(bot), version);
    QVERIFY2(started, qPrintable(started.error().toString()));
}

void TestFakeRasaConversations::cleanup()
{
    m_server.reset();
}

QJsonObject TestFakeRasaConversations::say(const QString &id, const QString &text)
{
    const HttpResult reply = m_server.client().postJson(
        u"/conversations/%1/messages"_s.arg(id),
        QJsonObject{{u"sender"_s, u"user"_s}, {u"text"_s, text}, {u"parse_data"_s, QJsonValue()}});
    if (reply.status != 200)
        qWarning("messages answered %d: %s", reply.status, reply.body.constData());
    return reply.object();
}

QJsonObject TestFakeRasaConversations::predict(const QString &id)
{
    return m_server.client().post(u"/conversations/%1/predict"_s.arg(id)).object();
}

HttpResult TestFakeRasaConversations::execute(const QString &id, const QString &action,
                                              const QJsonValue &policy,
                                              const QJsonValue &confidence)
{
    QJsonObject event;
    event.insert("event"_L1, u"action"_s);
    event.insert("name"_L1, action);
    event.insert("policy"_L1, policy);
    event.insert("confidence"_L1, confidence);
    return m_server.client().postJson(u"/conversations/%1/execute"_s.arg(id), event);
}

QJsonObject TestFakeRasaConversations::tracker(const QString &id)
{
    return m_server.client()
        .get(u"/conversations/%1/tracker?include_events=ALL"_s.arg(id))
        .object();
}

//! Predicts and runs actions until the bot listens, as interactive learning
//! does when every prediction is confirmed.
QStringList TestFakeRasaConversations::botTurn(const QString &id)
{
    QStringList actions;
    for (int step = 0; step < 10; ++step) {
        const QJsonObject prediction = predict(id);
        const QString action = prediction.value("scores"_L1)
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value("action"_L1)
                                   .toString();
        const HttpResult reply =
            execute(id, action, prediction.value("policy"_L1), prediction.value("confidence"_L1));
        if (reply.status != 200) {
            actions.append(u"!"_s + action);
            return actions;
        }
        actions.append(action);
        if (action == "action_listen"_L1)
            return actions;
    }
    return actions;
}

void TestFakeRasaConversations::moodbotHoldsAConversation_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("rulePolicy");
    QTest::newRow("3.6") << u"3.6.2"_s << u"RulePolicy"_s;
    QTest::newRow("2.8") << u"2.8.12"_s << u"policy_0_RulePolicy"_s;
}

void TestFakeRasaConversations::moodbotHoldsAConversation()
{
    QFETCH(QString, version);
    QFETCH(QString, rulePolicy);
    start("moodbot", version);
    const QJsonObject hello = say(u"c1"_s, u"hello"_s);
    QCOMPARE(hello.value("latest_message"_L1)
                 .toObject()
                 .value("intent"_L1)
                 .toObject()
                 .value("name"_L1)
                 .toString(),
             u"greet"_s);
    const QJsonObject prediction = predict(u"c1"_s);
    QCOMPARE(prediction.value("policy"_L1).toString(), rulePolicy);
    QVERIFY(prediction.value("confidence"_L1).toDouble() > 0.9);
    QCOMPARE(prediction.value("tracker"_L1).toObject().value("sender_id"_L1).toString(), u"c1"_s);
    QCOMPARE(botTurn(u"c1"_s), (QStringList{u"utter_greet"_s, u"action_listen"_s}));
    say(u"c1"_s, u"I am sad"_s);
    QCOMPARE(botTurn(u"c1"_s),
             (QStringList{u"utter_cheer_up"_s, u"utter_did_that_help"_s, u"action_listen"_s}));
    say(u"c1"_s, u"yes"_s);
    QCOMPARE(botTurn(u"c1"_s), (QStringList{u"utter_happy"_s, u"action_listen"_s}));
    say(u"c1"_s, u"bye"_s);
    QCOMPARE(botTurn(u"c1"_s), (QStringList{u"utter_goodbye"_s, u"action_listen"_s}));
    const QJsonObject state = tracker(u"c1"_s);
    QCOMPARE(lastEvent(state, u"bot"_s).value("text"_L1).toString(), u"Bye"_s);
    QCOMPARE(m_server->tracker(u"c1"_s).events().size(), state.value("events"_L1).toArray().size());
    QVERIFY(m_server->tracker(u"c1"_s).isListening());
}

void TestFakeRasaConversations::executeRendersResponses()
{
    start("moodbot");
    say(u"r"_s, u"hello"_s);
    const HttpResult greet = execute(u"r"_s, u"utter_greet"_s, u"RulePolicy"_s, 0.97);
    QCOMPARE(greet.status, 200);
    const QJsonArray messages = greet.object().value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message.value("recipient_id"_L1).toString(), u"r"_s);
    QCOMPARE(message.value("text"_L1).toString(), u"Hey! How are you?"_s);
    QCOMPARE(message.value("buttons"_L1).toArray().size(), 2);
    const QJsonObject state = tracker(u"r"_s);
    const QJsonObject action = lastEvent(state, u"action"_s);
    QCOMPARE(action.value("name"_L1).toString(), u"utter_greet"_s);
    QCOMPARE(action.value("policy"_L1).toString(), u"RulePolicy"_s);
    QCOMPARE(action.value("confidence"_L1).toDouble(), 0.97);
    const QJsonObject bot = lastEvent(state, u"bot"_s);
    QCOMPARE(bot.value("data"_L1).toObject().value("buttons"_L1).toArray().size(), 2);
    QVERIFY(bot.value("data"_L1).toObject().contains("image"_L1)); // null, but present
    QCOMPARE(bot.value("metadata"_L1).toObject().value("utter_action"_L1).toString(),
             u"utter_greet"_s);
    QVERIFY(bot.value("timestamp"_L1).toDouble() > action.value("timestamp"_L1).toDouble());
    const QJsonArray cheer =
        execute(u"r"_s, u"utter_cheer_up"_s).object().value("messages"_L1).toArray();
    QCOMPARE(cheer.size(), 2); // the image is its own message, like Rasa's collector
    QCOMPARE(cheer.at(1).toObject().value("image"_L1).toString(),
             u"https://i.imgur.com/nGF1K8f.jpg"_s);
    m_server->setRasaVersion(u"2.7.1"_s); // 2.8.34 already has utter_action
    execute(u"r"_s, u"utter_happy"_s);
    QVERIFY(!lastEvent(tracker(u"r"_s), u"bot"_s)
                 .value("metadata"_L1)
                 .toObject()
                 .contains("utter_action"_L1));
}

void TestFakeRasaConversations::executeReturnsTheTrackerBeforeTheAction()
{
    start("moodbot");
    say(u"s"_s, u"hello"_s);
    const QJsonObject reply = execute(u"s"_s, u"utter_greet"_s).object();
    const QJsonObject stale = reply.value("tracker"_L1).toObject();
    QCOMPARE(stale.value("latest_action_name"_L1).toString(), u"action_listen"_s);
    QCOMPARE(stale.value("events"_L1).toArray().size(), 4);
    QCOMPARE(tracker(u"s"_s).value("events"_L1).toArray().size(), 6);
    QCOMPARE(tracker(u"s"_s).value("latest_action_name"_L1).toString(), u"utter_greet"_s);
    QCOMPARE(lastEvent(tracker(u"s"_s), u"action"_s).value("confidence"_L1).toDouble(-1), 0.0);
}

void TestFakeRasaConversations::executeErrors()
{
    start("moodbot");
    say(u"e"_s, u"hello"_s);
    const HttpResult unknown = execute(u"e"_s, u"utter_new_thing"_s);
    QCOMPARE(unknown.status, 500);
    QCOMPARE(unknown.object().value("reason"_L1).toString(), u"ConversationError"_s);
    const QString message = unknown.object().value("message"_L1).toString();
    QVERIFY2(message.startsWith(u"An unexpected error occurred. Error: Cannot access action "
                                "'utter_new_thing', as that name is not a registered action for "
                                "this domain. Available actions are: \n\t - action_listen\n"_s),
             qPrintable(message));
    QVERIFY(message.contains(u"\t - utter_greet"_s));
    QCOMPARE(tracker(u"e"_s).value("events"_L1).toArray().size(), 4); // nothing logged
    const HttpResult noName =
        m_server.client().post(u"/conversations/e/execute"_s, R"({"event": "action"})");
    QCOMPARE(noName.status, 400);
    QCOMPARE(noName.object().value("message"_L1).toString(),
             u"Name of the action not provided in request body."_s);
    QCOMPARE(noName.object().value("details"_L1).toObject().value("parameter"_L1).toString(),
             u"name"_s);
    QCOMPARE(m_server.client().post(u"/conversations/e/execute"_s, R"({"name": ""})").status, 400);
    QCOMPARE(m_server.client().post(u"/conversations/e/execute"_s, "{oops").status, 400);
    QCOMPARE(m_server.client().post(u"/conversations/e/execute"_s, "[1, 2]").status, 500);
    QCOMPARE(m_server.client().post(u"/conversations/e/execute"_s).status, 500);
    QCOMPARE(
        m_server.client()
            .post(u"/conversations/e/execute?include_events=BAD"_s, R"({"name": "action_listen"})")
            .status,
        400);
}

void TestFakeRasaConversations::executeCustomAndDefaultActions()
{
    start("formbot");
    say(u"d"_s, u"hi"_s);
    // no action server: Rasa logs the custom action and carries on without events
    const HttpResult custom = execute(u"d"_s, u"validate_restaurant_form"_s);
    QCOMPARE(custom.status, 200);
    QCOMPARE(custom.object().value("messages"_L1).toArray().size(), 0);
    QCOMPARE(tracker(u"d"_s).value("latest_action_name"_L1).toString(),
             u"validate_restaurant_form"_s);
    const HttpResult restart = execute(u"d"_s, u"action_restart"_s);
    QCOMPARE(restart.status, 200);
    QCOMPARE(restart.object()
                 .value("messages"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("text"_L1)
                 .toString(),
             u"restarted"_s);
    QJsonObject state = tracker(u"d"_s);
    QCOMPARE(lastEvent(state, u"restart"_s).value("event"_L1).toString(), u"restart"_s);
    QCOMPARE(state.value("followup_action"_L1).toString(), u"action_session_start"_s);
    QCOMPARE(predict(u"d"_s)
                 .value("scores"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("action"_L1)
                 .toString(),
             u"action_session_start"_s);
    QCOMPARE(execute(u"d"_s, u"action_session_start"_s).status, 200);
    state = m_server.client().get(u"/conversations/d/tracker"_s).object();
    QCOMPARE(state.value("latest_action_name"_L1).toString(), u"action_listen"_s);
    QCOMPARE(execute(u"d"_s, u"action_listen"_s).status, 200);
    QCOMPARE(execute(u"d"_s, u"..."_s).status, 200);
    QCOMPARE(execute(u"d"_s, u"action_deactivate_loop"_s).status, 200);
    QCOMPARE(lastEvent(tracker(u"d"_s), u"active_loop"_s).value("name"_L1), QJsonValue());
}

void TestFakeRasaConversations::predictNeedsAnExistingConversation_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("status");
    QTest::newRow("3.6") << u"3.6.2"_s << 404;
    QTest::newRow("2.8") << u"2.8.12"_s << 404;
    QTest::newRow("2.1") << u"2.1.3"_s << 200;
}

void TestFakeRasaConversations::predictNeedsAnExistingConversation()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    start("moodbot", version);
    m_server.client().get(u"/conversations/n/tracker"_s); // does not store anything
    const HttpResult prediction = m_server.client().post(u"/conversations/n/predict"_s);
    QCOMPARE(prediction.status, status);
    const HttpResult executed = execute(u"n"_s, u"action_listen"_s);
    QCOMPARE(executed.status, status);
    if (status == 404) {
        QCOMPARE(prediction.object().value("reason"_L1).toString(), u"Not found"_s);
        QCOMPARE(prediction.object().value("message"_L1).toString(),
                 u"Conversation ID not found."_s);
        QVERIFY(!m_server->hasConversation(u"n"_s));
    } else {
        QVERIFY(m_server->hasConversation(u"n"_s));
    }
}

void TestFakeRasaConversations::predictScoresEveryAction()
{
    start("moodbot");
    say(u"p"_s, u"hello"_s);
    const QJsonArray scores = predict(u"p"_s).value("scores"_L1).toArray();
    QStringList names;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const QJsonObject entry = scores.at(i).toObject();
        names.append(entry.value("action"_L1).toString());
        if (i > 0) {
            const QJsonObject previous = scores.at(i - 1).toObject();
            const double before = previous.value("score"_L1).toDouble();
            const double now = entry.value("score"_L1).toDouble();
            QVERIFY(before > now
                    || (before == now && previous.value("action"_L1).toString() < names.last()));
        }
    }
    for (const QString &expected :
         {u"action_listen"_s, u"action_restart"_s, u"..."_s, u"action_extract_slots"_s,
          u"utter_greet"_s, u"utter_iamabot"_s, u"hi, how are you?"_s}) {
        QVERIFY2(names.contains(expected), qPrintable(expected));
    }
    QCOMPARE(names.size(), 20);
    QCOMPARE(names.removeDuplicates(), 0);
}

void TestFakeRasaConversations::messageErrors()
{
    start("moodbot");
    const HttpResult bot = m_server.client().post(u"/conversations/m/messages"_s,
                                                  R"({"sender": "bot", "text": "hi"})");
    QCOMPARE(bot.status, 400);
    QCOMPARE(bot.object().value("message"_L1).toString(),
             u"Currently, only user messages can be passed to this endpoint. Messages of sender "
             "'bot' cannot be handled."_s);
    QCOMPARE(bot.object().value("details"_L1).toObject().value("in"_L1).toString(), u"body"_s);
    const HttpResult none =
        m_server.client().post(u"/conversations/m/messages"_s, R"({"text": "hi"})");
    QCOMPARE(none.status, 400);
    QVERIFY(none.object().value("message"_L1).toString().contains(u"'None'"_s));
    const HttpResult empty = m_server.client().post(u"/conversations/m/messages"_s);
    QCOMPARE(empty.status, 400);
    QVERIFY(empty.object().value("message"_L1).toString().startsWith(u"No message defined"_s));
    const HttpResult malformed =
        m_server.client().post(u"/conversations/m/messages"_s, "{\"sender\":");
    QCOMPARE(malformed.status, 400);
    QCOMPARE(malformed.object().value("message"_L1).toString(),
             u"Failed when parsing body as json"_s);
    QCOMPARE(m_server.client().post(u"/conversations/m/messages"_s, "\"user\"").status, 500);
    const HttpResult number =
        m_server.client().post(u"/conversations/m/messages"_s, R"({"sender": "user", "text": 5})");
    QCOMPARE(number.status, 500);
    QCOMPARE(number.object().value("reason"_L1).toString(), u"ConversationError"_s);
    QVERIFY(!m_server->hasConversation(u"m"_s));
}

void TestFakeRasaConversations::messageParsing()
{
    start("moodbot");
    QJsonObject latest =
        say(u"q"_s, u"/mood_great@0.7{\"name\": \"Ann\"}"_s).value("latest_message"_L1).toObject();
    QCOMPARE(latest.value("intent"_L1).toObject().value("name"_L1).toString(), u"mood_great"_s);
    QCOMPARE(latest.value("intent"_L1).toObject().value("confidence"_L1).toDouble(), 0.7);
    // 3.6 drops entity types the domain does not declare (FINDINGS.md #5)
    QCOMPARE(latest.value("entities"_L1).toArray().size(), 0);
    QCOMPARE(latest.value("message_id"_L1).toString().size(), 32);
    latest = say(u"q"_s, u"/not_in_domain"_s).value("latest_message"_L1).toObject();
    QVERIFY(latest.value("intent"_L1).toObject().value("name"_L1).toString() != "not_in_domain"_L1);
    QJsonObject given;
    given.insert("intent"_L1, QJsonObject{{u"name"_s, u"deny"_s}, {u"confidence"_s, 1.0}});
    given.insert("entities"_L1, QJsonArray());
    const HttpResult reply = m_server.client().postJson(
        u"/conversations/q/messages"_s,
        QJsonObject{{u"sender"_s, u"user"_s}, {u"text"_s, u"hello"_s}, {u"parse_data"_s, given}});
    latest = reply.object().value("latest_message"_L1).toObject();
    QCOMPARE(latest.value("intent"_L1).toObject().value("name"_L1).toString(), u"deny"_s);
    QCOMPARE(latest.value("text"_L1).toString(), u"hello"_s);
    m_server->setRasaVersion(u"2.8.12"_s);
    latest = say(u"q"_s, u"/not_in_domain"_s).value("latest_message"_L1).toObject();
    QCOMPARE(latest.value("intent"_L1).toObject().value("name"_L1).toString(), u"not_in_domain"_s);
}

void TestFakeRasaConversations::slotFillingFollowsVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QJsonValue>("name");
    QTest::addColumn<QJsonValue>("mood");
    QTest::newRow("3.x mappings") << u"3.6.2"_s << QJsonValue(u"Bob"_s) << QJsonValue(u"sad"_s);
    QTest::newRow("2.x auto_fill") << u"2.8.12"_s << QJsonValue() << QJsonValue();
}

void TestFakeRasaConversations::slotFillingFollowsVersion()
{
    QFETCH(QString, version);
    QFETCH(QJsonValue, name);
    QFETCH(QJsonValue, mood);
    start("slotbot", version);
    const QJsonObject state = say(u"f"_s, u"I am Bob from Paris"_s);
    const QJsonObject slotValues = state.value("slots"_L1).toObject();
    QCOMPARE(slotValues.value("city"_L1).toString(), u"Paris"_s);
    QCOMPARE(slotValues.value("name"_L1), name); // auto_fill: false on 2.x
    QCOMPARE(lastEvent(state, u"slot"_s).value("timestamp"_L1).isDouble(), true);
    const QJsonObject bye = say(u"f"_s, u"see you"_s);
    QCOMPARE(bye.value("slots"_L1).toObject().value("mood"_L1), mood);
}

void TestFakeRasaConversations::templatesAndConditionalResponses()
{
    start("slotbot");
    say(u"t"_s, u"I live in Berlin"_s);
    QJsonArray messages = execute(u"t"_s, u"utter_greet"_s).object().value("messages"_L1).toArray();
    QCOMPARE(messages.first().toObject().value("text"_L1).toString(),
             u"Hello None, welcome to Berlin!"_s);
    m_server.client().postJson(
        u"/conversations/t/tracker/events"_s,
        QJsonObject{{u"event"_s, u"slot"_s}, {u"name"_s, u"mood"_s}, {u"value"_s, u"happy"_s}});
    messages = execute(u"t"_s, u"utter_greet"_s).object().value("messages"_L1).toArray();
    QCOMPARE(messages.first().toObject().value("text"_L1).toString(), u"Hi, happy one"_s);
    messages = execute(u"t"_s, u"utter_bye"_s).object().value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 3); // two text parts, then the custom payload
    QCOMPARE(messages.at(1).toObject().value("text"_L1).toString(), u"See you."_s);
    QCOMPARE(messages.at(2).toObject().value("custom"_L1).toObject().value("kind"_L1).toString(),
             u"farewell"_s);
}

void TestFakeRasaConversations::formbotFillsTheForm_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("3.6") << u"3.6.2"_s;
    QTest::newRow("2.8") << u"2.8.12"_s;
}

void TestFakeRasaConversations::formbotFillsTheForm()
{
    QFETCH(QString, version);
    start("formbot", version);
    say(u"f"_s, u"im looking for a restaurant"_s);
    QCOMPARE(botTurn(u"f"_s), (QStringList{u"restaurant_form"_s, u"action_listen"_s}));
    QJsonObject state = tracker(u"f"_s);
    QCOMPARE(state.value("active_loop"_L1).toObject().value("name"_L1).toString(),
             u"restaurant_form"_s);
    QCOMPARE(state.value("slots"_L1).toObject().value("requested_slot"_L1).toString(),
             u"cuisine"_s);
    QCOMPARE(lastEvent(state, u"bot"_s).value("text"_L1).toString(), u"What cuisine?"_s);
    // a message that fills nothing: the form rejects, the greeting rule takes over
    say(u"f"_s, u"hello"_s);
    QCOMPARE(predict(u"f"_s)
                 .value("scores"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("action"_L1)
                 .toString(),
             u"restaurant_form"_s);
    QCOMPARE(execute(u"f"_s, u"restaurant_form"_s).status, 200);
    state = tracker(u"f"_s);
    const QJsonArray events = state.value("events"_L1).toArray();
    QCOMPARE(events.last().toObject().value("event"_L1).toString(), u"action_execution_rejected"_s);
    QCOMPARE(events.at(events.size() - 2).toObject().value("event"_L1).toString(), u"user"_s);
    QCOMPARE(state.value("active_loop"_L1).toObject().value("rejected"_L1), QJsonValue(true));
    QCOMPARE(botTurn(u"f"_s), (QStringList{u"utter_greet"_s, u"action_listen"_s}));
    say(u"f"_s, u"italian food please"_s);
    QCOMPARE(botTurn(u"f"_s), (QStringList{u"restaurant_form"_s, u"action_listen"_s}));
    QCOMPARE(tracker(u"f"_s).value("slots"_L1).toObject().value("cuisine"_L1).toString(),
             u"italian"_s);
    say(u"f"_s, u"for 2 people"_s);
    botTurn(u"f"_s);
    say(u"f"_s, u"/affirm"_s);
    botTurn(u"f"_s);
    say(u"f"_s, u"/deny"_s);
    botTurn(u"f"_s);
    state = tracker(u"f"_s);
    QCOMPARE(state.value("slots"_L1).toObject().value("requested_slot"_L1).toString(),
             u"feedback"_s);
    say(u"f"_s, u"it was great"_s);
    // after the rejection the form rule no longer matches; the story's ending does
    QCOMPARE(botTurn(u"f"_s),
             (QStringList{u"restaurant_form"_s, u"utter_submit"_s, u"utter_slots_values"_s,
                          u"action_listen"_s}));
    state = tracker(u"f"_s);
    const QJsonObject slotValues = state.value("slots"_L1).toObject();
    QCOMPARE(slotValues.value("num_people"_L1).toDouble(), 2.0);
    QCOMPARE(slotValues.value("outdoor_seating"_L1), QJsonValue(true));
    QCOMPARE(slotValues.value("preferences"_L1).toString(), u"no additional preferences"_s);
    QCOMPARE(slotValues.value("feedback"_L1).toString(), u"great"_s);
    QVERIFY(slotValues.value("requested_slot"_L1).isNull());
    QCOMPARE(state.value("active_loop"_L1).toObject(), QJsonObject());
    const QString summary = lastEvent(state, u"bot"_s).value("text"_L1).toString();
    QVERIFY2(summary.contains(u"cuisine: italian"_s) && summary.contains(u"num_people: 2"_s),
             qPrintable(summary));
    // the applied events collapse the loop's turns, as in Rasa
    const QJsonArray applied = m_server.client()
                                   .get(u"/conversations/f/tracker?include_events=APPLIED"_s)
                                   .object()
                                   .value("events"_L1)
                                   .toArray();
    int formRuns = 0;
    for (const QJsonValue &event : applied) {
        formRuns += event.toObject().value("event"_L1).toString() == "action"_L1
            && event.toObject().value("name"_L1).toString() == "restaurant_form"_L1;
    }
    QCOMPARE(formRuns, 2); // the first run, and the run after the rejection
}

void TestFakeRasaConversations::formStoryLeavesTheLoop()
{
    start("formbot");
    say(u"s"_s, u"im looking for a restaurant"_s);
    botTurn(u"s"_s);
    say(u"s"_s, u"stop"_s);
    QCOMPARE(botTurn(u"s"_s), (QStringList{u"utter_ask_continue"_s, u"action_listen"_s}));
    const HttpResult interrupted = m_server.client().postJson(
        u"/conversations/s/tracker/events"_s,
        QJsonObject{{u"event"_s, u"loop_interrupted"_s}, {u"is_interrupted"_s, true}});
    QCOMPARE(interrupted.status, 200);
    QCOMPARE(interrupted.object().value("active_loop"_L1).toObject().value("is_interrupted"_L1),
             QJsonValue(true));
    say(u"s"_s, u"yes"_s);
    const QStringList actions = botTurn(u"s"_s);
    QCOMPARE(actions.first(), u"restaurant_form"_s);
    QVERIFY(m_server->tracker(u"s"_s).activeLoop().isActive());
}

QTEST_GUILESS_MAIN(TestFakeRasaConversations)
#include "tst_fakerasaconversations.moc"
