#include "fakerasa/botmodel.h"
#include "fakerasa/storypaths.h"
#include "fakerasa/storyreader.h"
#include "model/yamlreader.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace Coach;
using namespace Coach::FakeRasa;
using namespace Qt::StringLiterals;

namespace {

const QString kMoodbot = QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot");

Event userSays(const QString &intent)
{
    QJsonObject parse;
    parse.insert("intent"_L1, QJsonObject{{u"name"_s, intent}, {u"confidence"_s, 1.0}});
    return Event::user(u"/"_s + intent, ParseData(parse));
}

EventList turn(const QString &intent, const QStringList &actions = {})
{
    EventList events{userSays(intent)};
    for (const QString &action : actions)
        events.append(Event::action(action));
    return events;
}

const QByteArray kStoryDomain = R"(
intents: [greet, goodbye, affirm, deny, ask, chitchat]
slots:
  vip:
    type: bool
    influence_conversation: true
forms:
  ask_form:
    required_slots: [vip]
responses:
  utter_greet: [{text: hi}]
  utter_bye: [{text: bye}]
  utter_after_greet: [{text: glad}]
  utter_after_bye: [{text: sorry}]
  utter_start: [{text: welcome}]
  utter_vip: [{text: vip}]
  utter_stop: [{text: 'stop?'}]
  utter_ask_vip: [{text: 'vip?'}]
)";

const QByteArray kStoryData = R"(
stories:
- story: greet then affirm
  steps:
  - intent: greet
  - action: utter_greet
  - intent: affirm
  - action: utter_after_greet
- story: bye then affirm
  steps:
  - intent: goodbye
  - action: utter_bye
  - intent: affirm
  - action: utter_after_bye
- story: stop the form
  steps:
  - intent: ask
  - action: ask_form
  - active_loop: ask_form
  - intent: deny
  - action: utter_stop
rules:
- rule: only at the start
  conversation_start: true
  steps:
  - intent: deny
  - action: utter_start
- rule: vips are greeted
  condition:
  - slot_was_set:
    - vip: true
  steps:
  - intent: ask
  - action: utter_vip
)";

} // namespace

class TestDialoguePolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsCheckpointsAndOrSteps();
    void readerErrorsNameTheFile();
    void storyPathsFollowCheckpoints();
    void moodbotRulesHoldAConversation();
    void longestMatchingHistoryWins();
    void conversationStartRulesOnlyAtTheStart();
    void ruleConditionsAreChecked();
    void nothingLearnedFallsBack();
    void activeLoopIsPredictedUnlessAStoryHandlesIt();
    void rejectedLoopIsNotPredictedAgain();
    void followupActionAfterRestart();
    void scoresCoverEveryActionSorted();

private:
    std::unique_ptr<BotModel> model(const QByteArray &domain, const QByteArray &data);
    Prediction predictAfter(const BotModel &model, const EventList &events);
};

std::unique_ptr<BotModel> TestDialoguePolicy::model(const QByteArray &domainYaml,
                                                    const QByteArray &data)
{
    Result<Domain> domain = Domain::fromYaml(domainYaml);
    if (!domain)
        qFatal("%s", qPrintable(domain.error().toString()));
    Result<Bot> bot = Bot::fromData(domain.value(), {data});
    if (!bot)
        qFatal("%s", qPrintable(bot.error().toString()));
    return std::make_unique<BotModel>(bot.value(), RasaVersion::fromString(u"3.6.2"_s));
}

Prediction TestDialoguePolicy::predictAfter(const BotModel &model, const EventList &events)
{
    EventList all{Event::action(u"action_session_start"_s), Event::sessionStarted(),
                  Event::actionListen()};
    all += events;
    return model.predict(model.trackerFor(u"test"_s, all));
}

void TestDialoguePolicy::readsCheckpointsAndOrSteps()
{
    Result<QJsonValue> yaml = parseYaml(R"(
- story: split
  steps:
  - intent: greet
  - action: utter_greet
  - checkpoint: greeted
  - or:
    - intent: affirm
    - intent: deny
  - action: utter_ok
- story: continued
  steps:
  - checkpoint: greeted
  - slot_was_set:
    - vip
    - age: 3
  - bot: Hello there
)");
    QVERIFY(yaml);
    Result<StorySteps> steps = StoryReader::read(*yaml, StoryStep::Kind::Story, u"f.yml"_s);
    QVERIFY2(steps, qPrintable(steps.error().toString()));
    QCOMPARE(steps->size(), 3);
    QCOMPARE(steps->at(0).endCheckpoints.first().name, u"greeted"_s);
    QCOMPARE(steps->at(1).startCheckpoints.first().name, u"greeted"_s);
    QVERIFY(steps->at(1).items.first().isOrGroup());
    QCOMPARE(steps->at(1).items.first().alternatives.size(), 2);
    const StoryStep &continued = steps->at(2);
    QCOMPARE(continued.items.size(), 3);
    QVERIFY(!continued.items.at(0).event().toJson().contains("value"_L1)); // "any value"
    QCOMPARE(continued.items.at(1).event().slotValue().toInt(), 3);
    QCOMPARE(continued.items.at(2).event().actionText(), u"Hello there"_s);
}

void TestDialoguePolicy::readerErrorsNameTheFile()
{
    Result<QJsonValue> yaml = parseYaml("- story: broken\n  steps:\n  - dance: now\n");
    QVERIFY(yaml);
    Result<StorySteps> steps = StoryReader::read(*yaml, StoryStep::Kind::Story, u"bad.yml"_s);
    QVERIFY(!steps);
    QCOMPARE(steps.error().where, u"bad.yml"_s);
    QVERIFY(steps.error().message.contains(u"broken"_s));
    QVERIFY(steps.error().message.contains(u"dance"_s));
    Result<StorySteps> noSteps =
        StoryReader::read(*parseYaml("- rule: r\n"), StoryStep::Kind::Rule, u"rules.yml"_s);
    QVERIFY(!noSteps);
    QVERIFY(noSteps.error().message.contains(u"steps"_s));
}

void TestDialoguePolicy::storyPathsFollowCheckpoints()
{
    Result<StorySteps> steps = StoryReader::read(*parseYaml(R"(
- story: a
  steps:
  - intent: greet
  - action: utter_greet
  - checkpoint: c
- story: b
  steps:
  - checkpoint: c
  - or:
    - intent: affirm
    - intent: deny
  - action: utter_ok
)"),
                                                 StoryStep::Kind::Story, u"f.yml"_s);
    QVERIFY(steps);
    const QList<QStringList> paths = StoryTokens::storyPaths(*steps, {});
    QCOMPARE(paths.size(), 2);
    QCOMPARE(
        paths.first(),
        (QStringList{u"^"_s, u"A:action_listen"_s, u"U:greet"_s, u"A:utter_greet"_s,
                     u"A:action_listen"_s, u"U:affirm"_s, u"A:utter_ok"_s, u"A:action_listen"_s}));
    QCOMPARE(paths.last().at(5), u"U:deny"_s);
}

void TestDialoguePolicy::moodbotRulesHoldAConversation()
{
    Result<Bot> bot = Bot::load(kMoodbot);
    QVERIFY(bot);
    const BotModel model(bot.value(), RasaVersion::fromString(u"3.6.2"_s));
    EventList events = turn(u"greet"_s);
    Prediction prediction = predictAfter(model, events);
    QCOMPARE(prediction.action, u"utter_greet"_s);
    QCOMPARE(prediction.policy, u"RulePolicy"_s);
    events.append(Event::action(u"utter_greet"_s));
    QCOMPARE(predictAfter(model, events).action, u"action_listen"_s);
    events += EventList{Event::actionListen()} + turn(u"mood_unhappy"_s);
    QCOMPARE(predictAfter(model, events).action, u"utter_cheer_up"_s);
    events.append(Event::action(u"utter_cheer_up"_s));
    QCOMPARE(predictAfter(model, events).action, u"utter_did_that_help"_s);
    events.append(Event::action(u"utter_did_that_help"_s));
    QCOMPARE(predictAfter(model, events).action, u"action_listen"_s);
    events += EventList{Event::actionListen()} + turn(u"affirm"_s);
    QCOMPARE(predictAfter(model, events).action, u"utter_happy"_s);
}

void TestDialoguePolicy::longestMatchingHistoryWins()
{
    const auto bot = model(kStoryDomain, kStoryData);
    EventList greeted = turn(u"greet"_s, {u"utter_greet"_s, u"action_listen"_s});
    greeted += turn(u"affirm"_s);
    Prediction prediction = predictAfter(*bot, greeted);
    QCOMPARE(prediction.action, u"utter_after_greet"_s);
    QCOMPARE(prediction.policy, u"MemoizationPolicy"_s);
    EventList left = turn(u"goodbye"_s, {u"utter_bye"_s, u"action_listen"_s});
    left += turn(u"affirm"_s);
    QCOMPARE(predictAfter(*bot, left).action, u"utter_after_bye"_s);
    // after a learned last action, action_listen follows
    QCOMPARE(predictAfter(*bot, turn(u"greet"_s, {u"utter_greet"_s})).action, u"action_listen"_s);
}

void TestDialoguePolicy::conversationStartRulesOnlyAtTheStart()
{
    const auto bot = model(kStoryDomain, kStoryData);
    QCOMPARE(predictAfter(*bot, turn(u"deny"_s)).action, u"utter_start"_s);
    EventList later = turn(u"greet"_s, {u"utter_greet"_s, u"action_listen"_s});
    later += turn(u"deny"_s);
    QVERIFY(predictAfter(*bot, later).action != u"utter_start"_s);
}

void TestDialoguePolicy::ruleConditionsAreChecked()
{
    const auto bot = model(kStoryDomain, kStoryData);
    EventList vip{Event::slot(u"vip"_s, true), Event::actionListen()};
    vip += turn(u"ask"_s);
    QCOMPARE(predictAfter(*bot, vip).action, u"utter_vip"_s);
    EventList plain = turn(u"ask"_s);
    QVERIFY(predictAfter(*bot, plain).action != u"utter_vip"_s);
}

void TestDialoguePolicy::nothingLearnedFallsBack()
{
    const auto bot = model(kStoryDomain, kStoryData);
    // utter_vip only appears in a rule whose condition does not hold
    const Prediction afterBot = predictAfter(*bot, turn(u"ask"_s, {u"utter_vip"_s}));
    QCOMPARE(afterBot.action, u"action_listen"_s);
    QCOMPARE(afterBot.policy, u"TEDPolicy"_s);
    // no story or rule knows what follows chitchat
    const Prediction afterUser = predictAfter(*bot, turn(u"chitchat"_s));
    QCOMPARE(afterUser.action, u"action_default_fallback"_s);
    QCOMPARE(afterUser.policy, u"RulePolicy"_s);
    QCOMPARE(afterUser.confidence, 0.3);
}

void TestDialoguePolicy::activeLoopIsPredictedUnlessAStoryHandlesIt()
{
    const auto bot = model(kStoryDomain, kStoryData);
    EventList events = turn(u"ask"_s, {u"ask_form"_s});
    events +=
        EventList{Event::activeLoop(u"ask_form"_s), Event::slot(u"requested_slot"_s, u"vip"_s)};
    const Prediction listen = predictAfter(*bot, events);
    QCOMPARE(listen.action, u"action_listen"_s);
    QCOMPARE(listen.policy, u"RulePolicy"_s);
    events.append(Event::actionListen());
    QCOMPARE(predictAfter(*bot, events + turn(u"affirm"_s)).action, u"ask_form"_s);
    const Prediction unhappy = predictAfter(*bot, events + turn(u"deny"_s));
    QCOMPARE(unhappy.action, u"utter_stop"_s);
    QCOMPARE(unhappy.policy, u"MemoizationPolicy"_s);
}

void TestDialoguePolicy::rejectedLoopIsNotPredictedAgain()
{
    const auto bot = model(kStoryDomain, kStoryData);
    EventList events = turn(u"ask"_s, {u"ask_form"_s});
    events += EventList{Event::activeLoop(u"ask_form"_s), Event::actionListen()};
    events += turn(u"greet"_s);
    events.append(Event::actionExecutionRejected(u"ask_form"_s));
    const Prediction prediction = predictAfter(*bot, events);
    QVERIFY(prediction.action != u"ask_form"_s || prediction.policy == u"TEDPolicy"_s);
    QCOMPARE(prediction.action, u"utter_greet"_s);
}

void TestDialoguePolicy::followupActionAfterRestart()
{
    const auto bot = model(kStoryDomain, kStoryData);
    const Prediction prediction =
        predictAfter(*bot, turn(u"greet"_s) + EventList{Event::restart()});
    QCOMPARE(prediction.action, u"action_session_start"_s);
    QCOMPARE(prediction.policy, u"followup"_s);
    QCOMPARE(prediction.confidence, 1.0);
}

void TestDialoguePolicy::scoresCoverEveryActionSorted()
{
    const auto bot = model(kStoryDomain, kStoryData);
    const Prediction prediction = predictAfter(*bot, turn(u"greet"_s));
    QStringList names;
    double total = 0.0;
    for (qsizetype i = 0; i < prediction.scores.size(); ++i) {
        names.append(prediction.scores.at(i).first);
        total += prediction.scores.at(i).second;
        if (i > 0) {
            const auto &previous = prediction.scores.at(i - 1);
            const auto &current = prediction.scores.at(i);
            QVERIFY(previous.second > current.second
                    || (previous.second == current.second && previous.first < current.first));
        }
    }
    QStringList expected = bot->actions().actionNames();
    expected.sort();
    names.sort();
    QCOMPARE(names, expected);
    QVERIFY(names.contains(u"..."_s));
    QVERIFY(names.contains(u"ask_form"_s));
    QVERIFY(qAbs(total - 1.0) < 1e-9);
    QCOMPARE(prediction.scores.first().first, prediction.action);
    QCOMPARE(prediction.scores.first().second, prediction.confidence);
}

QTEST_GUILESS_MAIN(TestDialoguePolicy)
#include "tst_dialoguepolicy.moc"
