// ConflictProject: reading a bot project for the conflict check (domain,
// data/, config.yml's max_history) and a session's conversations as the
// export writes them.

#include "conflicts/conflictproject.h"

#include "export/storybuilder.h"
#include "testsupport/testdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

const QByteArray Domain2 = "version: \"2.0\"\nintents: [greet]\n";
const QByteArray Stories = "version: \"2.0\"\nstories:\n- story: s\n  steps:\n  - intent: greet\n"
                           "  - action: utter_hi\n";

Event user(const QString &text, const QString &intent)
{
    return Event::user(text, ParseData::corrected(text, intent, {}));
}

} // namespace

class TestConflictProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsAProject();
    void configMaxHistory_data();
    void configMaxHistory();
    void errorsNameTheFile_data();
    void errorsNameTheFile();
    void fallbackDomain();
    void describeSaysWhere();
    void conversationsAsExported();
};

void TestConflictProject::loadsAProject()
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"domain.yml"_s), Domain2);
    TestSupport::writeFile(dir.filePath(u"data/stories.yml"_s), Stories);
    TestSupport::writeFile(dir.filePath(u"data/nlu.yml"_s),
                           "version: \"2.0\"\nnlu:\n- intent: greet\n"
                           "  examples: |\n    - hi\n");
    const Result<ConflictProject> project = ConflictProject::load(dir.path());
    QVERIFY2(project, qPrintable(project.error().toString()));
    QCOMPARE(project->storyNames(), QStringList{u"s"_s});
    QCOMPARE(project->domain.intentNames(), QStringList{u"greet"_s});
    QCOMPARE(project->configMaxHistory.source, MaxHistory::Source::Default);
    QVERIFY(!project->configMaxHistory.value);
}

void TestConflictProject::configMaxHistory_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("expected"); // 0: the whole history
    QTest::addColumn<QString>("policy");
    QTest::newRow("memoization") << QByteArray(
        "policies:\n- name: MemoizationPolicy\n  max_history: 3\n")
                                 << 3 << "MemoizationPolicy";
    QTest::newRow("largest") << QByteArray("policies:\n- {name: TEDPolicy, max_history: 8}\n"
                                           "- {name: MemoizationPolicy, max_history: 3}\n")
                             << 8 << "TEDPolicy";
    QTest::newRow("augmented") << QByteArray(
        "policies:\n- {name: AugmentedMemoizationPolicy, max_history: 4}\n")
                               << 4 << "AugmentedMemoizationPolicy";
    QTest::newRow("other policies") << QByteArray(
        "policies:\n- {name: RulePolicy}\n- {name: UnexpecTEDIntentPolicy, max_history: 5}\n")
                                    << 0 << "";
    QTest::newRow("no value") << QByteArray("policies:\n- name: MemoizationPolicy\n") << 0 << "";
    QTest::newRow("no policies") << QByteArray("language: en\n") << 0 << "";
}

void TestConflictProject::configMaxHistory()
{
    QFETCH(QByteArray, config);
    QFETCH(int, expected);
    QFETCH(QString, policy);
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"config.yml"_s), config);
    const Result<MaxHistory> history =
        ConflictProject::readConfigMaxHistory(dir.filePath(u"config.yml"_s));
    QVERIFY2(history, qPrintable(history.error().toString()));
    QCOMPARE(history->value.value_or(0), expected);
    QCOMPARE(history->policy, policy);
    QCOMPARE(history->source, expected ? MaxHistory::Source::Config : MaxHistory::Source::Default);
}

void TestConflictProject::errorsNameTheFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::newRow("stories") << "data/stories.yml"
                             << QByteArray("stories:\n- story: s\n  steps:\n  - intent: [\n")
                             << "data/stories.yml line";
    QTest::newRow("story step") << "data/stories.yml"
                                << QByteArray("stories:\n- story: s\n  steps:\n  - intent: ''\n")
                                << "data/stories.yml line 4";
    QTest::newRow("domain") << "domain.yml" << QByteArray("intents: [greet\n") << "domain.yml";
    QTest::newRow("config") << "config.yml" << QByteArray("policies: [\n") << "config.yml";
    QTest::newRow("config history")
        << "config.yml" << QByteArray("policies:\n- {name: TEDPolicy, max_history: 0}\n")
        << "config.yml";
}

void TestConflictProject::errorsNameTheFile()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"domain.yml"_s), Domain2);
    TestSupport::writeFile(dir.filePath(u"data/stories.yml"_s), Stories);
    TestSupport::writeFile(dir.filePath(file), content);
    const Result<ConflictProject> project = ConflictProject::load(dir.path());
    QVERIFY(!project);
    QVERIFY2(project.error().toString().contains(where), qPrintable(project.error().toString()));
}

void TestConflictProject::fallbackDomain()
{
    QTemporaryDir dir;
    QVERIFY(!ConflictProject::load(dir.path()));
    QVERIFY(ConflictProject::load(dir.filePath(u"missing"_s))
                .error()
                .toString()
                .contains(u"missing"_s));
    const Domain domain = Domain::fromYaml(Domain2).value();
    const Result<ConflictProject> project = ConflictProject::load(dir.path(), {}, &domain);
    QVERIFY2(project, qPrintable(project.error().toString()));
    QVERIFY(project->steps.isEmpty()); // no data folder is no error
}

void TestConflictProject::describeSaysWhere()
{
    QVERIFY(MaxHistory{}.describe().contains(u"whole history"_s));
    QVERIFY(MaxHistory(5, MaxHistory::Source::Config, u"TEDPolicy"_s)
                .describe()
                .contains(u"TEDPolicy"_s));
    QVERIFY(MaxHistory(2, MaxHistory::Source::Option, {}).describe().contains(u"--max-history"_s));
}

void TestConflictProject::conversationsAsExported()
{
    // Two parts (a restart cuts), an undone turn, a listen and an
    // action_unlikely_intent the export leaves out, numbering after the
    // project's interactive stories.
    const EventList events{Event::actionListen(),
                           user(u"hi"_s, u"greet"_s),
                           Event::action(u"action_unlikely_intent"_s),
                           Event::action(u"utter_hi"_s),
                           Event::action(u"utter_wrong"_s),
                           Event::undo(),
                           Event::actionListen(),
                           Event::restart(),
                           Event::actionListen(),
                           user(u"bye"_s, u"goodbye"_s),
                           Event::action(u"utter_bye"_s)};
    const StorySteps stories =
        conversationStories({ExportConversation{u"c1"_s, events}}, {u"interactive_story_4"_s});
    QCOMPARE(stories.size(), 2);
    QCOMPARE(stories.at(0).name, u"interactive_story_5"_s);
    QCOMPARE(stories.at(1).name, u"interactive_story_6"_s);
    QCOMPARE(stories.at(0).sourceFile, u"c1"_s);
    QStringList first;
    for (const StoryItem &item : stories.at(0).items)
        first.append(item.event().type() == EventType::User ? item.event().userIntent()
                                                            : item.event().name());
    QCOMPARE(first, (QStringList{u"greet"_s, u"utter_hi"_s}));
}

QTEST_GUILESS_MAIN(TestConflictProject)
#include "tst_conflictproject.moc"
