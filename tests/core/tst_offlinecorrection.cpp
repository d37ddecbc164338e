#include "inbox/offlinecorrection.h"

#include "export/storybuilder.h"
#include "export/yamlstorywriter.h"
#include "session/sessiondocument.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// "Correct it" offline: real conversations (rows real Rasa wrote) walked
// with the questions of live annotation, answered against the moodbot domain.
class TestOfflineCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void confirmingEverythingKeepsTheConversation();
    void correctedTurnsReplaceTheirEvents();
    void replacingAFallbackKeepsTheMessage();
    void commitsAsANewConversationThatExports();
    void refusesWhatDoesNotFit();
    void listeningEndsTheBotsTurn();

private:
    static EventList recorded(const QString &file, const QString &sender);
    static QStringList storyText(const EventList &events);

    Domain m_domain;
};

void TestOfflineCorrection::initTestCase()
{
    const Result<Domain> domain =
        Domain::fromFile(TestSupport::dataPath(u"rasa/examples/moodbot/domain.yml"_s));
    QVERIFY2(domain, qPrintable(domain.error().toString()));
    m_domain = *domain;
}

EventList TestOfflineCorrection::recorded(const QString &file, const QString &sender)
{
    EventList events;
    const QJsonArray rows = TestSupport::readJson(TestSupport::dataPath(u"trackerstore/"_s + file))
                                .toObject()
                                .value("rows"_L1)
                                .toArray();
    for (const QJsonValue &row : rows) {
        if (row.toObject().value("sender_id"_L1).toString() == sender)
            events.append(*Event::fromJson(
                QJsonDocument::fromJson(row.toObject().value("data"_L1).toString().toUtf8())
                    .object()));
    }
    return events;
}

QStringList TestOfflineCorrection::storyText(const EventList &events)
{
    const StorySteps steps = StoryBuilder::build(QList<ExportConversation>{{u"c"_s, events}});
    return YamlStoryWriter(StoryWriterOptions{}).render(steps).split(u'\n');
}

void TestOfflineCorrection::confirmingEverythingKeepsTheConversation()
{
    const EventList source = recorded(u"rasa-3.6-postgresql.json"_s, u"inbox-e2e-pg"_s);
    QVERIFY(source.size() > 40);
    OfflineCorrection correction(u"inbox-e2e-pg"_s, source, m_domain);
    // Typed messages (not /restart, not the external intent), the bot's
    // own actions (not session start or restart) and the listens that end
    // its turns are asked.
    QCOMPARE(correction.questionCount(), 6 + 9 + 7);
    QCOMPARE(correction.step(), OfflineCorrection::Step::Nlu);
    QCOMPARE(correction.nluQuestion().text, u"hello there"_s);
    QCOMPARE(correction.nluQuestion().intent, u"greet"_s);
    QVERIFY(correction.nluQuestion().ranking.size() >= m_domain.intentNames().size());
    QVERIFY(correction.confirm());
    QCOMPARE(correction.step(), OfflineCorrection::Step::Action);
    QCOMPARE(correction.actionQuestion().action, u"utter_greet"_s);
    QCOMPARE(correction.actionQuestion().predictions.first().name, u"utter_greet"_s);
    QVERIFY(std::any_of(correction.actionQuestion().predictions.cbegin(),
                        correction.actionQuestion().predictions.cend(),
                        [](const ActionChoice &c) { return c.name == u"utter_cheer_up"; }));
    correction.confirmRest();
    QCOMPARE(correction.step(), OfflineCorrection::Step::Done);
    QCOMPARE(correction.answered(), correction.questionCount());
    QCOMPARE(correction.events(), source);
    QVERIFY(correction.correctedIndexes().isEmpty());
}

void TestOfflineCorrection::correctedTurnsReplaceTheirEvents()
{
    const EventList source = recorded(u"rasa-3.6-postgresql.json"_s, u"inbox-e2e-pg"_s);
    OfflineCorrection correction(u"inbox-e2e-pg"_s, source, m_domain);
    // Up to "I am sad", which NLU took for bot_challenge.
    while (correction.step() != OfflineCorrection::Step::Nlu
           || correction.nluQuestion().text != u"I am sad")
        QVERIFY(correction.confirm());
    const int userIndex = correction.nluQuestion().userEventIndex;
    QVERIFY(correction.correctNlu(u"mood_unhappy"_s, {}));
    QCOMPARE(correction.step(), OfflineCorrection::Step::Action);
    QCOMPARE(correction.actionQuestion().action, u"utter_iamabot"_s);
    QVERIFY(correction.chooseAction(u"utter_cheer_up"_s));
    // The bot would listen now: one more action first, then the listen.
    QCOMPARE(correction.actionQuestion().action, u"action_listen"_s);
    const int asked = correction.questionCount();
    QVERIFY(correction.chooseAction(u"utter_did_that_help"_s));
    QCOMPARE(correction.questionCount(), asked + 1);
    QCOMPARE(correction.actionQuestion().action, u"action_listen"_s);
    QVERIFY(correction.confirm());
    correction.confirmRest();
    const EventList &events = correction.events();
    QCOMPARE(events.at(userIndex).userIntent(), u"mood_unhappy"_s);
    QCOMPARE(events.at(userIndex).parseData().intentConfidence(), 1.0);
    QCOMPARE(events.at(userIndex).text(), u"I am sad"_s);
    QVERIFY(correction.correctedIndexes().contains(userIndex));
    QCOMPARE(events.at(userIndex + 2).name(), u"utter_cheer_up"_s); // after user_featurization
    QVERIFY(correction.correctedIndexes().contains(userIndex + 2));
    QCOMPARE(events.at(userIndex + 3).text(), u"Here is something to cheer you up:"_s);
    QVERIFY(std::none_of(events.cbegin(), events.cend(), [](const Event &e) {
        return e.type() == EventType::Bot && e.text() == u"I am a bot, powered by Rasa.";
    }));
    QVERIFY(correction.newIntents().isEmpty());
    const QStringList story = storyText(events);
    const qsizetype intent = story.lastIndexOf(u"  - intent: mood_unhappy"_s,
                                               story.indexOf(u"  - action: utter_iamabot"_s));
    QVERIFY2(intent >= 0, qPrintable(story.join(u'\n')));
    QCOMPARE(story.at(intent + 1), u"  - action: utter_cheer_up"_s);
    QCOMPARE(story.at(intent + 2), u"  - action: utter_did_that_help"_s);
    QVERIFY(correction.correctedIndexes().contains(userIndex + 4));
    QCOMPARE(events.at(userIndex + 4).name(), u"utter_did_that_help"_s);
}

void TestOfflineCorrection::replacingAFallbackKeepsTheMessage()
{
    // Rasa 2.8 answered "yes" with action_default_fallback and a rewind.
    const EventList source = recorded(u"rasa-2.8-postgresql.json"_s, u"inbox-e2e-pg"_s);
    OfflineCorrection correction(u"inbox-e2e-pg"_s, source, m_domain);
    while (correction.step() != OfflineCorrection::Step::Action
           || correction.actionQuestion().action != u"action_default_fallback")
        QVERIFY(correction.confirm());
    QVERIFY(correction.chooseAction(u"utter_happy"_s));
    QCOMPARE(correction.actionQuestion().action, u"action_listen"_s); // the turn's end
    correction.confirmRest();
    const EventList &events = correction.events();
    QVERIFY(std::none_of(events.cbegin(), events.cend(),
                         [](const Event &e) { return e.type() == EventType::Rewind; }));
    const QStringList story = storyText(events);
    const qsizetype affirm = story.indexOf(u"  - intent: affirm"_s);
    QVERIFY2(affirm >= 0, qPrintable(story.join(u'\n')));
    QCOMPARE(story.at(affirm + 1), u"  - action: utter_happy"_s);
    // Kept, the fallback reverts the message, as it did for the user.
    OfflineCorrection kept(u"inbox-e2e-pg"_s, source, m_domain);
    kept.confirmRest();
    QVERIFY(!storyText(kept.events()).contains(u"  - intent: affirm"_s));
}

void TestOfflineCorrection::commitsAsANewConversationThatExports()
{
    const EventList source = recorded(u"rasa-3.6-sqlite.json"_s, u"inbox-e2e-sqlite"_s);
    SessionDocument document;
    OfflineCorrection correction(u"inbox-e2e-sqlite"_s, source, m_domain);
    QVERIFY(!correction.commitTo(document)); // not done yet
    QVERIFY(correction.correctNlu(u"brand_new_intent"_s, {}));
    while (correction.step() != OfflineCorrection::Step::Action)
        QVERIFY(correction.confirm());
    QVERIFY(correction.chooseAction(u"action_check_mood"_s));
    correction.confirmRest();
    const Result<int> index = correction.commitTo(document);
    QVERIFY(index);
    QCOMPARE(document.conversationId(*index), u"inbox-inbox-e2e-sqlite"_s);
    QCOMPARE(document.conversation(*index).events, correction.events());
    for (int i : correction.correctedIndexes())
        QVERIFY(document.annotation(*index, i).corrected);
    QVERIFY(document.newIntents().contains(u"brand_new_intent"_s));
    QVERIFY(document.newActions().contains(u"action_check_mood"_s));
    const Result<int> again = correction.commitTo(document);
    QVERIFY(again);
    QCOMPARE(document.conversationId(*again), u"inbox-inbox-e2e-sqlite-2"_s);
}

void TestOfflineCorrection::refusesWhatDoesNotFit()
{
    OfflineCorrection correction(u"x"_s, recorded(u"rasa-3.6-sqlite.json"_s, u"inbox-e2e-sqlite"_s),
                                 m_domain);
    QVERIFY(!correction.chooseAction(u"utter_greet"_s)); // the question is about NLU
    QVERIFY(!correction.correctNlu(u"two words"_s, {}));
    QVERIFY(!correction.correctNlu(u"greet"_s, {Entity::onSpan(u"x"_s, u"v"_s, 50, 60)}));
    correction.confirmRest();
    QVERIFY(!correction.confirm());
    OfflineCorrection empty(u"y"_s, {}, m_domain);
    QCOMPARE(empty.step(), OfflineCorrection::Step::Done);
    QCOMPARE(empty.questionCount(), 0);
}

void TestOfflineCorrection::listeningEndsTheBotsTurn()
{
    // "yes" was taken for mood_unhappy: cheer up, did that help. It is an
    // affirm, the bot should be happy and then listen.
    const EventList source = recorded(u"rasa-3.6-postgresql.json"_s, u"inbox-e2e-pg"_s);
    OfflineCorrection correction(u"inbox-e2e-pg"_s, source, m_domain);
    while (correction.step() != OfflineCorrection::Step::Nlu
           || correction.nluQuestion().text != u"yes")
        QVERIFY(correction.confirm());
    const int before = correction.questionCount();
    QVERIFY(correction.correctNlu(u"affirm"_s, {}));
    QCOMPARE(correction.actionQuestion().action, u"utter_cheer_up"_s);
    QVERIFY(correction.chooseAction(u"utter_happy"_s));
    QCOMPARE(correction.actionQuestion().action, u"utter_did_that_help"_s);
    QVERIFY(correction.chooseAction(u"action_listen"_s));
    QCOMPARE(correction.step(), OfflineCorrection::Step::Done);
    QCOMPARE(correction.questionCount(), before - 1); // the final listen was answered with it
    QCOMPARE(correction.answered(), correction.questionCount());
    const EventList &events = correction.events();
    QVERIFY(events.last().isActionListen());
    QCOMPARE(events.at(events.size() - 2).text(), u"Great, carry on!"_s);
    QVERIFY(std::none_of(events.cend() - 4, events.cend(),
                         [](const Event &e) { return e.isAction(u"utter_did_that_help"_s); }));
    const QStringList story = storyText(events);
    const qsizetype affirm = story.lastIndexOf(u"  - intent: affirm"_s);
    QVERIFY2(affirm > 0 && story.at(affirm + 1) == u"  - action: utter_happy"_s,
             qPrintable(story.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestOfflineCorrection)
#include "tst_offlinecorrection.moc"
