#include "replay/replayreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

ReplayTurn turn(int index, const QString &text, const QString &intent, const QString &predicted,
                const QStringList &actions, const QStringList &predictedActions)
{
    ReplayTurn result;
    result.index = index;
    result.user = Event::user(text, ParseData::corrected(text, intent, {}));
    result.replayed = true;
    result.parsed = true;
    result.elapsedMs = 12;
    result.predicted = ParseData(
        QJsonObject{{u"text"_s, text},
                    {u"intent"_s, QJsonObject{{u"name"_s, predicted}, {u"confidence"_s, 0.75}}},
                    {u"entities"_s, QJsonArray()}});
    for (int i = 0; i < actions.size(); ++i) {
        ReplayAction action;
        action.expected = actions.at(i);
        action.predicted = predictedActions.at(i);
        action.replayed = true;
        action.confidence = 0.5;
        result.actions.append(action);
    }
    return result;
}

//! One session, one part: an agreeing turn, a differing one whose text
//! needs escaping, and one that agrees after action_unlikely_intent.
ReplayRun run()
{
    ReplayPart part;
    part.conversationId = u"conv.1"_s;
    part.turns = {
        turn(0, u"hello"_s, u"greet"_s, u"greet"_s, {u"utter_greet"_s, u"action_listen"_s},
             {u"utter_greet"_s, u"action_listen"_s}),
        turn(1, u"<b>great</b> & \"so\""_s, u"mood_great"_s, u"mood_unhappy"_s,
             {u"utter_happy"_s, u"action_listen"_s}, {u"utter_goodbye"_s, u"action_listen"_s}),
        turn(2, u"bye"_s, u"goodbye"_s, u"goodbye"_s, {u"utter_goodbye"_s}, {u"utter_goodbye"_s})};
    part.turns[2].actions[0].unlikelyIntentFirst = true;
    ReplayRun result;
    result.sessions = {ReplaySession{u"sessions/mood.bot.coach"_s, {part}}};
    result.server = u"http://127.0.0.1:5005"_s;
    result.rasaVersion = u"3.6.21"_s;
    result.model = u"model.tar.gz"_s;
    result.started = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
    result.elapsedMs = 1500;
    return result;
}

} // namespace

class TestReplayReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFollowsTheExtension_data();
    void formatFollowsTheExtension();
    void jsonHasTheSchema();
    void junitHasATestcasePerTurn();
    void htmlShowsDifferingTurnsOnly();
    void htmlSaysWhenEverythingAgrees();
    void sideBySideMarksDifferences();
    void writeIsAllOrNothing();
};

void TestReplayReport::formatFollowsTheExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format");
    QTest::newRow("json") << u"r.json"_s << int(ReplayReport::Format::Json);
    QTest::newRow("upper case") << u"R.JSON"_s << int(ReplayReport::Format::Json);
    QTest::newRow("junit") << u"out/junit.xml"_s << int(ReplayReport::Format::JUnit);
    QTest::newRow("html") << u"r.html"_s << int(ReplayReport::Format::Html);
    QTest::newRow("htm") << u"r.htm"_s << int(ReplayReport::Format::Html);
    QTest::newRow("other") << u"r.txt"_s << -1;
    QTest::newRow("none") << u"report"_s << -1;
}

void TestReplayReport::formatFollowsTheExtension()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    const std::optional<ReplayReport::Format> found = ReplayReport::formatOf(file);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestReplayReport::jsonHasTheSchema()
{
    const QJsonObject json = QJsonDocument::fromJson(ReplayReport::json(run())).object();
    QCOMPARE(
        json["summary"_L1].toObject(),
        (QJsonObject{
            {u"sessions"_s, 1}, {u"conversations"_s, 1}, {u"turns"_s, 3}, {u"differing"_s, 1}}));
    const QJsonObject part = json["sessions"_L1][0]["conversations"_L1][0].toObject();
    QCOMPARE(part["id"_L1].toString(), u"conv.1"_s);
    const QJsonObject differing = part["turns"_L1][1].toObject();
    QCOMPARE(
        differing,
        (QJsonObject{{u"index"_s, 1},
                     {u"user"_s, u"<b>great</b> & \"so\""_s},
                     {u"expected_intent"_s, u"mood_great"_s},
                     {u"predicted_intent"_s, u"mood_unhappy"_s},
                     {u"predicted_confidence"_s, 0.75},
                     {u"expected_entities"_s, QJsonArray()},
                     {u"predicted_entities"_s, QJsonArray()},
                     {u"expected_actions"_s, QJsonArray{u"utter_happy"_s, u"action_listen"_s}},
                     {u"predicted_actions"_s, QJsonArray{u"utter_goodbye"_s, u"action_listen"_s}},
                     {u"agree"_s, false}}));
    QVERIFY(part["turns"_L1][2]["agree"_L1].toBool()); // a warning is no difference
}

void TestReplayReport::junitHasATestcasePerTurn()
{
    QXmlStreamReader xml(ReplayReport::junit(run()));
    QStringList classes;
    QStringList failures;
    QString systemOut;
    QString suiteTimestamp;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"testsuites") {
            QCOMPARE(xml.attributes().value(u"tests"_s), u"3"_s);
            QCOMPARE(xml.attributes().value(u"failures"_s), u"1"_s);
        } else if (xml.name() == u"testsuite") {
            QCOMPARE(xml.attributes().value(u"name"_s), u"sessions/mood.bot.coach"_s);
            suiteTimestamp = xml.attributes().value(u"timestamp"_s).toString();
        } else if (xml.name() == u"testcase") {
            classes.append(xml.attributes().value(u"classname"_s).toString());
        } else if (xml.name() == u"failure") {
            failures.append(xml.attributes().value(u"message"_s).toString());
            QVERIFY(xml.readElementText().contains(u"* action 1"_s));
        } else if (xml.name() == u"system-out") {
            systemOut = xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(suiteTimestamp, u"2024-05-01T10:00:00Z"_s);
    // No dots in class names but the ones that separate file, conversation and part.
    QCOMPARE(classes, QStringList(3, u"mood_bot.conv_1.part0"_s));
    QCOMPARE(failures,
             QStringList{u"intent: annotated mood_great (1.00), predicted mood_unhappy (0.75); "
                         "action 1: annotated utter_happy, predicted utter_goodbye (0.50)"_s});
    QCOMPARE(systemOut,
             u"action 1: the model predicted action_unlikely_intent before utter_goodbye\n"_s);
}

void TestReplayReport::htmlShowsDifferingTurnsOnly()
{
    const QString html = QString::fromUtf8(ReplayReport::html(run()));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QCOMPARE(html.count(u"<h2>"_s), 1);
    QVERIFY(html.contains(u"&lt;b&gt;great&lt;/b&gt; &amp; &quot;so&quot;"_s));
    QVERIFY(!html.contains(u"<b>great"_s));
    QVERIFY(html.contains(u"<tr class=\"differs\"><td class=\"label\">intent</td>"_s));
    QVERIFY(html.contains(u"<tr><td class=\"label\">action 2</td><td>action_listen</td>"_s));
    QVERIFY(html.contains(u"<td>3.6.21</td>"_s));
    QVERIFY(!html.contains(u"<script"_s) && !html.contains(u"http-equiv"_s));
}

void TestReplayReport::htmlSaysWhenEverythingAgrees()
{
    ReplayRun agreeing = run();
    agreeing.sessions[0].parts[0].turns.removeAt(1);
    const QString html = QString::fromUtf8(ReplayReport::html(agreeing));
    QVERIFY(html.contains(u"Every turn agrees."_s));
    QCOMPARE(html.count(u"<h2>"_s), 0);
}

void TestReplayReport::sideBySideMarksDifferences()
{
    QCOMPARE(ReplayReport::sideBySide(run().sessions[0].parts[0].turns[1]),
             u"            annotated          predicted\n"
             "* intent    mood_great (1.00)  mood_unhappy (0.75)\n"
             "  entities  none               none\n"
             "* action 1  utter_happy        utter_goodbye (0.50)\n"
             "  action 2  action_listen      action_listen (0.50)\n"_s);
}

void TestReplayReport::writeIsAllOrNothing()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"report.json"_s);
    QVERIFY(ReplayReport::write(file, "{}\n"));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("{}\n"));
    const Status failed = ReplayReport::write(dir.filePath(u"missing/folder/report.json"_s), "{}");
    QVERIFY(!failed);
    QVERIFY(failed.error().toString().contains(u"missing/folder/report.json"_s));
}

QTEST_GUILESS_MAIN(TestReplayReport)
#include "tst_replayreport.moc"
