// ConflictIndex: sliced histories, the conflict rules of Rasa's
// story_conflict.py and its message text; adding and removing trackers.

#include "conflicts/conflictindex.h"
#include "conflicts/statedomain.h"
#include "conflicts/statetable.h"
#include "conflicts/trackergenerator.h"

#include "export/storyreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

//! Trackers of YAML stories in one table.
class Fixture
{
public:
    QList<ConflictTracker> trackers(const QByteArray &stories)
    {
        const Result<StorySteps> steps = StoryReader::readYaml("version: \"3.1\"\n" + stories);
        if (!steps)
            qFatal("bad test stories: %s", qPrintable(steps.error().toString()));
        return TrackerGenerator(m_domain, table).storyTrackers(*steps).value();
    }

    //! An index of the stories' trackers.
    ConflictIndex index(const QByteArray &stories, std::optional<int> maxHistory = std::nullopt)
    {
        ConflictIndex index(table, maxHistory);
        for (const ConflictTracker &tracker : trackers(stories))
            index.add(tracker);
        return index;
    }

    StateTable table;

private:
    StateDomain m_domain{Domain()};
};

QByteArray story(const QByteArray &name, const QList<QByteArray> &steps)
{
    QByteArray text = "- story: " + name + "\n  steps:\n";
    for (const QByteArray &step : steps)
        text += "  - " + step + "\n";
    return text;
}

QStringList messages(const QList<StoryConflict> &conflicts)
{
    QStringList texts;
    for (const StoryConflict &conflict : conflicts)
        texts.append(conflict.rasaMessage());
    return texts;
}

} // namespace

class TestConflictIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differentActionsConflict();
    void sameActionDoesNotConflict();
    void waitingIsAnAction();
    void noConflictAtTheStart();
    void loneUnlikelyIntent();
    void maxHistorySlices();
    void messageNamesAtMostThree();
    void removeAndAddAgain();
    void conflictAtAndOf();
};

void TestConflictIndex::differentActionsConflict()
{
    Fixture fixture;
    const ConflictIndex index =
        fixture.index("stories:\n" + story("one", {"intent: greet", "action: utter_a"})
                      + story("two", {"intent: greet", "action: utter_b"}));
    const QList<StoryConflict> conflicts = index.conflicts();
    QCOMPARE(messages(conflicts),
             QStringList{u"Story structure conflict after intent 'greet':\n"
                         "  utter_a predicted in 'one'\n"
                         "  utter_b predicted in 'two'\n"_s});
    QCOMPARE(conflicts.first().stateText(), u"intent 'greet'"_s);
    QCOMPARE(conflicts.first().eventType, u"intent"_s);
}

void TestConflictIndex::sameActionDoesNotConflict()
{
    Fixture fixture;
    const ConflictIndex index = fixture.index(
        "stories:\n"
        + story("one", {"intent: greet", "action: utter_a", "intent: x", "action: utter_x"})
        + story("two", {"intent: greet", "action: utter_a", "intent: y", "action: utter_y"}));
    QVERIFY(index.conflicts().isEmpty());
}

void TestConflictIndex::waitingIsAnAction()
{
    Fixture fixture;
    const ConflictIndex index =
        fixture.index("stories:\n" + story("stop", {"intent: a", "action: utter_a"})
                      + story("go on", {"intent: a", "action: utter_a", "action: utter_b"}));
    QCOMPARE(messages(index.conflicts()),
             QStringList{u"Story structure conflict after action 'utter_a':\n"
                         "  action_listen predicted in 'stop'\n"
                         "  utter_b predicted in 'go on'\n"_s});
}

void TestConflictIndex::noConflictAtTheStart()
{
    Fixture fixture;
    const ConflictIndex index = fixture.index("stories:\n" + story("one", {"action: utter_a"})
                                              + story("two", {"action: utter_b"}));
    QVERIFY(index.conflicts().isEmpty());
}

void TestConflictIndex::loneUnlikelyIntent()
{
    Fixture fixture;
    const ConflictIndex index = fixture.index(
        "stories:\n"
        + story("odd", {"intent: a", "action: action_unlikely_intent", "action: utter_a"}));
    QCOMPARE(messages(index.conflicts()),
             QStringList{u"Story structure conflict after intent 'a':\n"
                         "  action_unlikely_intent predicted in 'odd'\n"_s});
}

void TestConflictIndex::maxHistorySlices()
{
    const QByteArray stories = "stories:\n"
        + story("from a", {"intent: a", "action: utter_1", "intent: c", "action: utter_x"})
        + story("from b", {"intent: b", "action: utter_1", "intent: c", "action: utter_y"});
    Fixture fixture;
    QVERIFY(fixture.index(stories).conflicts().isEmpty());
    // The user part stays in the state until the next message, so the
    // state after utter_1 still says "a" or "b": only one state back they
    // look alike.
    QCOMPARE(fixture.index(stories, 1).conflicts().size(), 1);
    QVERIFY(fixture.index(stories, 2).conflicts().isEmpty());
}

void TestConflictIndex::messageNamesAtMostThree()
{
    QByteArray stories = "stories:\n" + story("other", {"intent: a", "action: utter_b"});
    for (const char *name : {"s1", "s2", "s3", "s4"})
        stories += story(
            name,
            {"intent: a", "action: utter_a", "intent: " + QByteArray(name), "action: utter_a"});
    Fixture fixture;
    const QList<StoryConflict> conflicts = fixture.index(stories).conflicts();
    QCOMPARE(messages(conflicts),
             QStringList{u"Story structure conflict after intent 'a':\n"
                         "  utter_b predicted in 'other'\n"
                         "  utter_a predicted in 's1', 's2', and 2 other trackers\n"_s});
    QCOMPARE(conflicts.first().actions.at(1).stories(),
             (QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s}));
    StoryConflict three = conflicts.first();
    three.actions[1].occurrences.removeLast();
    QVERIFY(three.rasaMessage().contains(u"utter_a predicted in 's1', 's2', and 's3'\n"_s));
}

void TestConflictIndex::removeAndAddAgain()
{
    Fixture fixture;
    ConflictIndex index =
        fixture.index("stories:\n" + story("one", {"intent: greet", "action: utter_a"}));
    const QList<ConflictTracker> other =
        fixture.trackers("stories:\n" + story("two", {"intent: greet", "action: utter_b"}));
    const int handle = index.add(other.first());
    QCOMPARE(index.conflicts().size(), 1);
    index.remove(handle);
    QVERIFY(!index.contains(handle));
    QVERIFY(index.conflicts().isEmpty());
    index.remove(0); // the first tracker: its history now has no tracker
    QVERIFY(index.conflicts().isEmpty());
    const int again = index.add(other.first());
    QVERIFY(again != handle);
    QVERIFY(index.conflicts().isEmpty());
}

void TestConflictIndex::conflictAtAndOf()
{
    Fixture fixture;
    ConflictIndex index =
        fixture.index("stories:\n" + story("one", {"intent: greet", "action: utter_a"}));
    const QList<ConflictTracker> trackers = fixture.trackers(
        "stories:\n"
        + story("two", {"intent: greet", "action: utter_b", "intent: bye", "action: utter_c"}));
    const int handle = index.add(trackers.first());
    QVERIFY(!index.conflictAt(handle, 0)); // action_listen at the start: the start
    const std::optional<StoryConflict> atB = index.conflictAt(handle, 1);
    QVERIFY(atB);
    QVERIFY(atB->involves(handle));
    QVERIFY(!index.conflictAt(handle, 3));
    QVERIFY(!index.conflictAt(handle, 99));
    QCOMPARE(index.conflictsOf({handle}).size(), 1);
    QCOMPARE(index.conflictsOf({0, handle}).size(), 1); // once, though both have it
}

QTEST_GUILESS_MAIN(TestConflictIndex)
#include "tst_conflictindex.moc"
