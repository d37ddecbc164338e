#include "export/storyreader.h"
#include "graph/storyexpander.h"

#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

// "listen /greet utter_greet listen": actions by name (action_listen as
// "listen"), user steps as /intent.
QString describe(const GraphSequence &sequence, const GraphStrings &strings)
{
    QStringList parts;
    for (const GraphStep &step : sequence.steps) {
        if (step.type == GraphStep::Type::User)
            parts.append(u"/"_s + strings.at(step.name));
        else if (step.type == GraphStep::Type::Action)
            parts.append(strings.at(step.name) == u"action_listen"_s ? u"listen"_s
                                                                     : strings.at(step.name));
        else
            parts.append(u"*"_s);
    }
    return parts.join(u' ');
}

QStringList expand(const QByteArray &yaml, ExpansionOptions options = {})
{
    const Result<StorySteps> steps = StoryReader::readYaml(yaml, u"test.yml"_s);
    if (!steps) {
        QTest::qFail(qPrintable(steps.error().toString()), __FILE__, __LINE__);
        return {};
    }
    GraphStrings strings;
    const Result<ExpandedStories> expanded = StoryExpander(strings, options).expand(*steps);
    if (!expanded)
        return {u"error: "_s + expanded.error().message};
    QStringList result;
    for (const GraphSequence &sequence : expanded->sequences)
        result.append(describe(sequence, strings));
    return result;
}

} // namespace

class TestStoryExpander : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesListensExplicit();
    void joinsCheckpoints();
    void forksOrSteps();
    void addsRuleSnippets();
    void keepsIdenticalPathsOnce();
    void filtersCheckpointsBySlots();
    void stopsWhenPathsExplode();
    void keepsTrackerLimit();
    void reportsUnusedCheckpoints();
};

void TestStoryExpander::makesListensExplicit()
{
    QCOMPARE(expand("stories:\n- story: a\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
                    "  - action: utter_ask\n  - intent: bye\n  - action: utter_bye\n"),
             QStringList{u"listen /greet utter_greet utter_ask listen /bye utter_bye listen"_s});
}

void TestStoryExpander::joinsCheckpoints()
{
    const QByteArray yaml = "stories:\n"
                            "- story: start\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
                            "  - checkpoint: greeted\n"
                            "- story: happy\n  steps:\n  - checkpoint: greeted\n"
                            "  - intent: happy\n  - action: utter_happy\n"
                            "- story: sad\n  steps:\n  - checkpoint: greeted\n"
                            "  - intent: sad\n  - action: utter_cheer\n";
    QStringList paths = expand(yaml);
    paths.sort();
    QCOMPARE(paths,
             (QStringList{u"listen /greet utter_greet listen /happy utter_happy listen"_s,
                          u"listen /greet utter_greet listen /sad utter_cheer listen"_s}));
}

void TestStoryExpander::forksOrSteps()
{
    const QByteArray yaml =
        "stories:\n- story: a\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
        "  - or:\n    - intent: yes\n    - intent: sure\n  - action: utter_ok\n"
        "  - or:\n    - intent: thanks\n    - intent: bye\n  - action: utter_bye\n";
    const QStringList paths = expand(yaml);
    QCOMPARE(paths.size(), 4);
    // alternative-major, as Rasa's generated checkpoints order them
    QCOMPARE(paths.first(),
             u"listen /greet utter_greet listen /yes utter_ok listen /thanks utter_bye listen"_s);
    QCOMPARE(paths.at(1),
             u"listen /greet utter_greet listen /sure utter_ok listen /thanks utter_bye listen"_s);
    QCOMPARE(paths.last(),
             u"listen /greet utter_greet listen /sure utter_ok listen /bye utter_bye listen"_s);
}

void TestStoryExpander::addsRuleSnippets()
{
    const QByteArray yaml =
        "rules:\n"
        "- rule: greet anytime\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
        "- rule: welcome\n  conversation_start: true\n  steps:\n  - intent: hi\n"
        "  - action: utter_welcome\n"
        "- rule: keep going\n  condition:\n  - slot_was_set:\n    - done: true\n"
        "  steps:\n  - intent: go\n  - action: utter_go\n"
        "  wait_for_user_input: false\n";
    QCOMPARE(expand(yaml),
             (QStringList{u"... listen /greet utter_greet listen"_s,
                          u"listen /hi utter_welcome listen"_s,
                          u"* ... listen /go utter_go ... listen"_s}));
    ExpansionOptions noRules;
    noRules.includeRules = false;
    QCOMPARE(expand(yaml, noRules), QStringList{});
}

void TestStoryExpander::keepsIdenticalPathsOnce()
{
    const QByteArray story = "- story: x\n  steps:\n  - intent: greet\n  - action: utter_greet\n";
    QCOMPARE(expand("stories:\n" + story + story),
             QStringList{u"listen /greet utter_greet listen"_s});
}

void TestStoryExpander::filtersCheckpointsBySlots()
{
    const QByteArray yaml =
        "stories:\n"
        "- story: set\n  steps:\n  - intent: a\n  - slot_was_set:\n    - mood: good\n"
        "  - checkpoint: c\n"
        "- story: good\n  steps:\n  - checkpoint: c\n    slot_was_set:\n"
        "    - mood: good\n  - intent: b\n  - action: utter_good\n"
        "- story: bad\n  steps:\n  - checkpoint: c\n    slot_was_set:\n"
        "    - mood: bad\n  - intent: b\n  - action: utter_bad\n";
    const QStringList paths = expand(yaml);
    QCOMPARE(paths, QStringList{u"listen /a * listen /b utter_good listen"_s});
}

void TestStoryExpander::stopsWhenPathsExplode()
{
    QByteArray yaml = "stories:\n- story: many\n  steps:\n";
    for (int i = 0; i < 12; ++i)
        yaml += "  - or:\n    - intent: a\n    - intent: b\n  - action: utter_"
            + QByteArray::number(i) + "\n";
    ExpansionOptions options;
    options.maxPaths = 1000;
    const QStringList result = expand(yaml, options);
    QCOMPARE(result.size(), 1);
    QVERIFY2(result.first().startsWith(u"error: "_s) && result.first().contains(u"1000"_s),
             qPrintable(result.first()));
    options.maxPaths = 5000;
    QCOMPARE(expand(yaml, options).size(), 4096);
}

void TestStoryExpander::keepsTrackerLimit()
{
    ExpansionOptions options;
    options.trackerLimit = 3;
    QCOMPARE(expand("stories:\n- story: a\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
                    "  - intent: bye\n  - action: utter_bye\n",
                    options),
             QStringList{u"/bye utter_bye listen"_s});
}

void TestStoryExpander::reportsUnusedCheckpoints()
{
    const Result<StorySteps> steps = StoryReader::readYaml(
        "stories:\n- story: a\n  steps:\n  - intent: greet\n  - action: utter_greet\n"
        "  - checkpoint: nowhere\n");
    QVERIFY(steps.isOk());
    GraphStrings strings;
    const Result<ExpandedStories> expanded = StoryExpander(strings).expand(*steps);
    QVERIFY(expanded.isOk());
    QCOMPARE(expanded->unusedCheckpoints, QStringList{u"nowhere"_s});
    // the path that ends at the dangling checkpoint is still drawn
    QCOMPARE(expanded->sequences.size(), 1);
    QCOMPARE(describe(expanded->sequences.first(), strings), u"listen /greet utter_greet"_s);
}

QTEST_GUILESS_MAIN(TestStoryExpander)
#include "tst_storyexpander.moc"
