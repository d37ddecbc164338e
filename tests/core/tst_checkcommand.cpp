// `rasa-coach check`: options, output (Rasa's text, the JSON schema), exit
// codes and errors that name the file and line.

#include "cli/checkcommand.h"

#include "session/sessionformat.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString errors;
};

Run check(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream errors(&run.errors);
    run.code = runCheckCommand(arguments, out, errors);
    return run;
}

//! A project with one conflict after intent 'greet'.
void writeProject(const QString &folder, const QByteArray &config = {})
{
    TestSupport::writeFile(folder + u"/domain.yml"_s, "version: \"2.0\"\nintents: [greet]\n");
    TestSupport::writeFile(folder + u"/data/stories.yml"_s, R"(version: "2.0"
stories:
- story: one
  steps:
  - intent: greet
  - action: utter_a
- story: two
  steps:
  - intent: greet
  - action: utter_b
)");
    if (!config.isEmpty())
        TestSupport::writeFile(folder + u"/config.yml"_s, config);
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textIsRasasMessages();
    void noConflicts();
    void json();
    void exitCodes();
    void maxHistoryFromConfigOrOption();
    void badUsage_data();
    void badUsage();
    void badStoriesNameFileAndLine();
    void session();
    void help();
};

void TestCheckCommand::textIsRasasMessages()
{
    QTemporaryDir dir;
    writeProject(dir.path());
    const Run run = check({u"--project"_s, dir.path()});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"Considering all preceding turns for conflict analysis.\n"
                              "Story structure conflict after intent 'greet':\n"
                              "  utter_a predicted in 'one'\n"
                              "  utter_b predicted in 'two'\n\n"_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"whole history"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"Story structure conflicts found: 1."_s));
    QVERIFY(run.errors.isEmpty());
}

void TestCheckCommand::noConflicts()
{
    QTemporaryDir dir;
    TestSupport::writeFile(dir.filePath(u"domain.yml"_s), "intents: [greet]\n");
    const Run run = check({u"--project"_s, dir.path(), u"--fail-on-conflicts"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"No story structure conflicts found.\n"_s));
}

void TestCheckCommand::json()
{
    QTemporaryDir dir;
    writeProject(dir.path());
    const Run run =
        check({u"--project"_s, dir.path(), u"--format"_s, u"json"_s, u"--max-history"_s, u"2"_s});
    QCOMPARE(run.code, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.keys(), (QStringList{u"conflicts"_s, u"max_history"_s}));
    QCOMPARE(json.value("max_history"_L1), QJsonValue(2));
    const QJsonArray conflicts = json.value("conflicts"_L1).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.first().toObject();
    QCOMPARE(conflict.keys(), (QStringList{u"actions"_s, u"state"_s, u"stories"_s}));
    QCOMPARE(conflict.value("state"_L1), QJsonValue(u"intent 'greet'"_s));
    QCOMPARE(conflict.value("stories"_L1).toArray(), (QJsonArray{u"one"_s, u"two"_s}));
    QCOMPARE(conflict.value("actions"_L1).toArray(), (QJsonArray{u"utter_a"_s, u"utter_b"_s}));
    QVERIFY2(run.errors.contains(u"--max-history"_s), qPrintable(run.errors)); // which max_history

    const Run whole = check({u"--project"_s, dir.path(), u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(whole.out.toUtf8()).object().value("max_history"_L1).isNull());
}

void TestCheckCommand::exitCodes()
{
    QTemporaryDir dir;
    writeProject(dir.path());
    QCOMPARE(check({u"--project"_s, dir.path()}).code, 0);
    QCOMPARE(check({u"--project"_s, dir.path(), u"--fail-on-conflicts"_s}).code, 1);
    QCOMPARE(check({u"--project"_s, dir.filePath(u"nope"_s)}).code, 2);
}

void TestCheckCommand::maxHistoryFromConfigOrOption()
{
    QTemporaryDir dir;
    writeProject(dir.path(), "policies:\n- name: MemoizationPolicy\n  max_history: 3\n");
    const Run fromConfig = check({u"--project"_s, dir.path()});
    QVERIFY2(fromConfig.out.contains(u"Considering the preceding 3 turns"_s),
             qPrintable(fromConfig.out));
    QVERIFY(fromConfig.out.contains(u"MemoizationPolicy"_s));
    const Run fromOption = check({u"--project"_s, dir.path(), u"--max-history"_s, u"1"_s});
    QVERIFY(fromOption.out.contains(u"Considering the preceding 1 turns"_s));
    QVERIFY(fromOption.out.contains(u"--max-history"_s));
}

void TestCheckCommand::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no project") << QStringList{} << "--project";
    QTest::newRow("format") << QStringList{u"--project"_s, u"."_s, u"--format"_s, u"xml"_s}
                            << "--format";
    QTest::newRow("max history 0")
        << QStringList{u"--project"_s, u"."_s, u"--max-history"_s, u"0"_s} << "--max-history";
    QTest::newRow("max history text")
        << QStringList{u"--project"_s, u"."_s, u"--max-history"_s, u"x"_s} << "--max-history";
    QTest::newRow("unknown option") << QStringList{u"--projekt"_s, u"."_s} << "projekt";
    QTest::newRow("extra argument") << QStringList{u"--project"_s, u"."_s, u"more"_s} << "more";
}

void TestCheckCommand::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = check(arguments);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errors.contains(message), qPrintable(run.errors));
    QVERIFY(run.out.isEmpty());
}

void TestCheckCommand::badStoriesNameFileAndLine()
{
    QTemporaryDir dir;
    writeProject(dir.path());
    TestSupport::writeFile(dir.filePath(u"data/more.yml"_s),
                           "stories:\n- story: s\n  steps:\n  - checkpoint: c\n  - intent: ''\n");
    const Run run = check({u"--project"_s, dir.path()});
    QCOMPARE(run.code, 2);
    QVERIFY2(run.errors.contains(dir.filePath(u"data/more.yml"_s) + u" line 5"_s),
             qPrintable(run.errors));
    QVERIFY(run.out.isEmpty());
}

void TestCheckCommand::session()
{
    QTemporaryDir dir;
    writeProject(dir.path());
    SessionData data;
    Conversation conversation;
    conversation.id = u"c1"_s;
    conversation.events = {Event::actionListen(),
                           Event::user(u"hi"_s, ParseData::corrected(u"hi"_s, u"greet"_s, {})),
                           Event::action(u"utter_c"_s), Event::actionListen()};
    data.conversations.append(conversation);
    QVERIFY(SessionFormat::writeFile(data, dir.filePath(u"s.coach"_s)));
    const Run run = check({u"--project"_s, dir.path(), u"--session"_s, dir.filePath(u"s.coach"_s)});
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(u"  utter_c predicted in 'interactive_story_1'\n"_s),
             qPrintable(run.out));

    TestSupport::writeFile(dir.filePath(u"bad.coach"_s), "{");
    const Run bad =
        check({u"--project"_s, dir.path(), u"--session"_s, dir.filePath(u"bad.coach"_s)});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.errors.contains(u"bad.coach"_s), qPrintable(bad.errors));
}

void TestCheckCommand::help()
{
    const Run run = check({u"--help"_s});
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(u"rasa-coach check"_s));
    QVERIFY(run.out.contains(u"--fail-on-conflicts"_s));
}

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
