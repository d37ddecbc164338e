// TrackerGenerator: Rasa's TrainingDataGenerator as `rasa data validate
// stories` runs it (checked against real Rasa by tst_conflictchecker; these
// pin the rules one by one).

#include "conflicts/statedomain.h"
#include "conflicts/trackergenerator.h"

#include "export/storyreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

struct Generated
{
    StateTable table;
    QList<ConflictTracker> trackers;
    QString error;

    //! Each tracker as "name: action action ...", sorted.
    QStringList summary() const
    {
        QStringList lines;
        for (const ConflictTracker &tracker : trackers) {
            QStringList actions;
            for (qint32 action : tracker.actions)
                actions.append(table.actionLabel(action));
            lines.append(tracker.name + u": "_s + actions.join(u' '));
        }
        lines.sort();
        return lines;
    }
};

std::unique_ptr<Generated> generate(const QByteArray &stories, const QByteArray &domainYaml = "{}",
                                    int maxTrackers = TrackerGenerator::DefaultMaxTrackers)
{
    auto result = std::make_unique<Generated>();
    const Domain domain = Domain::fromYaml(domainYaml).value();
    Result<StorySteps> steps = StoryReader::readYaml("version: \"3.1\"\n" + stories, {}, &domain);
    if (!steps)
        qFatal("bad test stories: %s", qPrintable(steps.error().toString()));
    const StateDomain stateDomain(domain);
    Result<QList<ConflictTracker>> trackers =
        TrackerGenerator(stateDomain, result->table, maxTrackers).storyTrackers(*steps);
    if (trackers)
        result->trackers = *trackers;
    else
        result->error = trackers.error().message;
    return result;
}

} // namespace

class TestTrackerGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listenBeforeUsersAndAtTheEnd();
    void statesOnePerAction();
    void rulesNeverCount();
    void checkpointsJoinNames();
    void checkpointConditions();
    void unusedEndCheckpointHasNoFinalListen();
    void orForksOneTrackerPerAlternative();
    void orAsLastStepDropsTheStory();
    void identicalStoriesAreOneTracker();
    void entitiesFillSlots();
    void loopsGoRoundAsRasaDoes();
    void tooManyPaths();
    void linearTracker();
};

void TestTrackerGenerator::listenBeforeUsersAndAtTheEnd()
{
    const auto result = generate(R"(stories:
- story: s
  steps:
  - intent: greet
  - action: utter_hi
  - action: action_listen
  - intent: bye
  - action: utter_bye
)");
    QCOMPARE(result->summary(),
             QStringList{u"s: action_listen utter_hi action_listen utter_bye action_listen"_s});
}

void TestTrackerGenerator::statesOnePerAction()
{
    const auto result = generate(R"(stories:
- story: s
  steps:
  - intent: greet
  - action: utter_hi
)");
    QCOMPARE(result->trackers.size(), 1);
    const ConflictTracker &tracker = result->trackers.first();
    QCOMPARE(tracker.states.size(), tracker.actions.size() + 1);
    // Before the first action_listen: the empty state (the start).
    QCOMPARE(result->table.describe(tracker.states.at(0)), u"the start of the conversation"_s);
    QCOMPARE(result->table.previousEvent(tracker.states.at(1)),
             (std::pair<QString, QString>{u"intent"_s, u"greet"_s}));
    QCOMPARE(result->table.previousEvent(tracker.states.at(2)),
             (std::pair<QString, QString>{u"action"_s, u"utter_hi"_s}));
}

void TestTrackerGenerator::rulesNeverCount()
{
    const auto result = generate(R"(rules:
- rule: r
  steps:
  - intent: greet
  - action: utter_hi
)");
    QVERIFY(result->trackers.isEmpty());
}

void TestTrackerGenerator::checkpointsJoinNames()
{
    const auto result = generate(R"(stories:
- story: a
  steps:
  - intent: greet
  - action: utter_hi
  - checkpoint: c
- story: b
  steps:
  - checkpoint: c
  - intent: bye
  - action: utter_bye
- story: b2
  steps:
  - checkpoint: c
  - action: utter_more
)");
    QCOMPARE(
        result->summary(),
        (QStringList{u"a > b2: action_listen utter_hi utter_more action_listen"_s,
                     u"a > b: action_listen utter_hi action_listen utter_bye action_listen"_s}));
    QCOMPARE(result->trackers.first().steps.size(), 2);
}

void TestTrackerGenerator::checkpointConditions()
{
    const auto result = generate(R"(stories:
- story: yes
  steps:
  - intent: a
  - slot_was_set:
    - flag: true
  - action: utter_a
  - checkpoint: c
- story: no
  steps:
  - intent: b
  - slot_was_set:
    - flag: false
  - action: utter_b
  - checkpoint: c
- story: only true
  steps:
  - checkpoint: c
    slot_was_set:
    - flag: true
  - action: utter_t
)",
                                 R"(slots: {flag: {type: bool}})");
    QCOMPARE(result->summary(),
             QStringList{u"yes > only true: action_listen utter_a utter_t action_listen"_s});
}

void TestTrackerGenerator::unusedEndCheckpointHasNoFinalListen()
{
    const auto result = generate(R"(stories:
- story: open
  steps:
  - intent: a
  - action: utter_a
  - checkpoint: nowhere
)");
    QCOMPARE(result->summary(), QStringList{u"open: action_listen utter_a"_s});
}

void TestTrackerGenerator::orForksOneTrackerPerAlternative()
{
    const auto result = generate(R"(stories:
- story: o
  steps:
  - or:
    - intent: a
    - intent: b
  - action: utter_x
)");
    QCOMPARE(result->trackers.size(), 2);
    QCOMPARE(result->trackers.at(0).name, u"o"_s);
    QCOMPARE(result->trackers.at(1).name, u"o"_s);
    QVERIFY(result->trackers.at(0).states != result->trackers.at(1).states);
}

void TestTrackerGenerator::orAsLastStepDropsTheStory()
{
    // Rasa's clean-up of unused generated checkpoints removes the step.
    const auto result = generate(R"(stories:
- story: o
  steps:
  - intent: start
  - action: utter_x
  - or:
    - intent: a
    - intent: b
)");
    QVERIFY(result->trackers.isEmpty());
}

void TestTrackerGenerator::identicalStoriesAreOneTracker()
{
    const auto result = generate(R"(stories:
- story: first
  steps:
  - intent: a
  - action: utter_a
- story: second
  steps:
  - intent: a
  - action: utter_a
- story: other
  steps:
  - intent: a
  - action: utter_b
)");
    QCOMPARE(result->summary(),
             (QStringList{u"first: action_listen utter_a action_listen"_s,
                          u"other: action_listen utter_b action_listen"_s}));
}

void TestTrackerGenerator::entitiesFillSlots()
{
    const auto result = generate(R"(stories:
- story: by entity
  steps:
  - intent: a
    entities:
    - city: Rome
  - action: utter_a
- story: by hand
  steps:
  - intent: a
    entities:
    - city: Oslo
  - slot_was_set:
    - city: Oslo
  - action: utter_a
)",
                                 R"(version: "2.0"
intents: [{a: {use_entities: []}}]
entities: [city]
slots: {city: {type: text}})");
    // The same states: the entity filled the slot; the second is dropped.
    QCOMPARE(result->trackers.size(), 1);
}

void TestTrackerGenerator::loopsGoRoundAsRasaDoes()
{
    // A checkpoint loop: Rasa replaces the back edge by a sink and source
    // and ends after three rounds of phases (see tests/data/conflicts/cycle).
    const auto result = generate(R"(stories:
- story: go
  steps:
  - intent: go
  - action: utter_go
  - checkpoint: loop
- story: again
  steps:
  - checkpoint: loop
  - intent: again
  - action: utter_again
  - checkpoint: loop
- story: stop
  steps:
  - checkpoint: loop
  - intent: stop
  - action: utter_stop
)");
    const QString round = u" action_listen utter_again"_s;
    const QString stop = u" action_listen utter_stop action_listen"_s;
    const QString start = u"action_listen utter_go"_s;
    QCOMPARE(result->summary(),
             (QStringList{u"go > again > stop: "_s + start + round + round + round + stop,
                          u"go > again > stop: "_s + start + round + round + stop,
                          u"go > again > stop: "_s + start + round + stop,
                          u"go > stop: "_s + start + stop}));
}

void TestTrackerGenerator::tooManyPaths()
{
    // Twelve OR steps of three would make 531,441 trackers: the generation
    // stops before it makes them (here at a lower limit, to be quick).
    QByteArray stories = "stories:\n- story: s\n  steps:\n";
    for (int step = 0; step < 12; ++step)
        stories +=
            "  - or:\n    - intent: a\n    - intent: b\n    - intent: c\n  - action: utter_x\n";
    const auto result = generate(stories, "{}", 1000);
    QVERIFY2(result->error.contains(u"more than 1000"_s), qPrintable(result->error));
    QVERIFY(generate(stories.left(stories.indexOf("  - or:", 300)), "{}", 1000)
                ->error.isEmpty()); // four steps pass
}

void TestTrackerGenerator::linearTracker()
{
    StateTable table;
    const StateDomain domain{Domain()};
    StoryStep step;
    step.name = u"talk"_s;
    step.items = {StoryItem{{Event::action(u"action_listen"_s)}},
                  StoryItem{{Event::action(u"utter_hi"_s)}}};
    const TrackerGenerator generator(domain, table);
    QCOMPARE(generator.linearTracker(step, false).actions.size(), 2);
    QCOMPARE(generator.linearTracker(step, true).actions.size(), 3);
    QCOMPARE(generator.linearTracker(step, true).name, u"talk"_s);
}

QTEST_GUILESS_MAIN(TestTrackerGenerator)
#include "tst_trackergenerator.moc"
