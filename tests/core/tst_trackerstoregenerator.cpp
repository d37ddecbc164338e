#include "testsupport/pyjson.h"
#include "testsupport/testdata.h"
#include "testsupport/trackerstoregenerator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

// The generator must write rows exactly as Rasa's SQLTrackerStore does:
// checked against the rows real Rasa 2.8 and 3.6 wrote (tests/data/trackerstore).
class TestTrackerStoreGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dumpsDataAsPython_data() { addRecordedFiles(); }
    void dumpsDataAsPython();
    void derivesColumnsAsRasa_data() { addRecordedFiles(); }
    void derivesColumnsAsRasa();
    void eventsHaveRasasShapes_data();
    void eventsHaveRasasShapes();
    void isDeterministicAndRealistic();
    void breaksTiesOnTheLastEvent();
    void pythonFloats_data();
    void pythonFloats();

private:
    static void addRecordedFiles();
    static QJsonArray recordedRows(const QString &file);
    static QList<TrackerStoreRow> rowsOf(TrackerStoreGenerator &generator);
};

void TestTrackerStoreGenerator::addRecordedFiles()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestSupport::dataFiles(u"trackerstore"_s, {u"rasa-*.json"_s}))
        QTest::newRow(qPrintable(file)) << file;
}

QJsonArray TestTrackerStoreGenerator::recordedRows(const QString &file)
{
    return TestSupport::readJson(TestSupport::dataPath(u"trackerstore/"_s + file))
        .toObject()
        .value("rows"_L1)
        .toArray();
}

QList<TrackerStoreRow> TestTrackerStoreGenerator::rowsOf(TrackerStoreGenerator &generator)
{
    QList<TrackerStoreRow> rows;
    generator.generate([&rows](const TrackerStoreRow &row) { rows.append(row); });
    return rows;
}

void TestTrackerStoreGenerator::dumpsDataAsPython()
{
    QFETCH(QString, file);
    const QJsonArray rows = recordedRows(file);
    QVERIFY(rows.size() > 40);
    for (const QJsonValue &row : rows) {
        const QByteArray data = row.toObject().value("data"_L1).toString().toUtf8();
        const std::optional<PyJson> parsed = PyJson::parse(data);
        QVERIFY2(parsed, data.constData());
        QCOMPARE(parsed->dump(), data);
    }
}

void TestTrackerStoreGenerator::derivesColumnsAsRasa()
{
    QFETCH(QString, file);
    for (const QJsonValue &value : recordedRows(file)) {
        const QJsonObject recorded = value.toObject();
        const QByteArray data = recorded.value("data"_L1).toString().toUtf8();
        const TrackerStoreRow row = TrackerStoreRow::fromEvent(
            recorded.value("sender_id"_L1).toString(), *PyJson::parse(data));
        QCOMPARE(row.typeName, recorded.value("type_name"_L1).toString());
        QCOMPARE(row.timestamp.value_or(-1), recorded.value("timestamp"_L1).toString().toDouble());
        const QJsonValue intent = recorded.value("intent_name"_L1);
        const QJsonValue action = recorded.value("action_name"_L1);
        QCOMPARE(row.intentName.has_value(), !intent.isNull());
        QCOMPARE(row.intentName.value_or(QString()), intent.toString());
        QCOMPARE(row.actionName.has_value(), !action.isNull());
        QCOMPARE(row.actionName.value_or(QString()), action.toString());
        QCOMPARE(row.data, data);
    }
}

namespace {

//! The key order of an event and of its nested objects that Rasa fills
//! (parse_data, its intent, metadata, bot data): its "shape".
QString shape(const PyJson &event)
{
    QStringList parts;
    const auto keys = [](const PyJson &object) {
        QStringList names;
        for (const auto &member : object.members())
            names.append(member.first);
        return names.join(u',');
    };
    parts << keys(event);
    const PyJson parse = event.value(u"parse_data"_s);
    if (parse.kind() == PyJson::Kind::Object) {
        parts << u"parse_data{"_s + keys(parse) + u"} intent{"_s + keys(parse.value(u"intent"_s))
                + u'}';
        const PyJson ranking = parse.value(u"intent_ranking"_s);
        for (const PyJson &item : ranking.items())
            parts << u"ranked{"_s + keys(item) + u'}';
    }
    if (event.value(u"data"_s).kind() == PyJson::Kind::Object)
        parts << u"data{"_s + keys(event.value(u"data"_s)) + u'}';
    parts << u"metadata{"_s + keys(event.value(u"metadata"_s)).replace(u"is_external,"_s, QString())
            + u'}';
    parts.removeDuplicates();
    return parts.join(u' ');
}

} // namespace

void TestTrackerStoreGenerator::eventsHaveRasasShapes_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("2.8") << int(TrackerStoreGenerator::RasaLine::V2_8) << u"rasa-2.8-"_s;
    QTest::newRow("3.6") << int(TrackerStoreGenerator::RasaLine::V3_6) << u"rasa-3.6-"_s;
}

void TestTrackerStoreGenerator::eventsHaveRasasShapes()
{
    QFETCH(int, line);
    QFETCH(QString, prefix);
    QSet<QString> recorded;
    for (const QString &file : TestSupport::dataFiles(u"trackerstore"_s, {prefix + u"*.json"_s})) {
        for (const QJsonValue &row : recordedRows(file))
            recorded.insert(
                shape(*PyJson::parse(row.toObject().value("data"_L1).toString().toUtf8())));
    }
    // Rasa's SlotSet.as_dict() (no slot in the recorded bot): base, then name and value.
    const bool v3 = line == int(TrackerStoreGenerator::RasaLine::V3_6);
    recorded.insert(v3 ? u"event,timestamp,metadata,name,value metadata{model_id,assistant_id}"_s
                       : u"event,timestamp,name,value metadata{}"_s);
    TrackerStoreGenerator::Options options;
    options.line = TrackerStoreGenerator::RasaLine(line);
    options.conversations = 150;
    QSet<QString> seen;
    TrackerStoreGenerator generator(options);
    for (const TrackerStoreRow &row : rowsOf(generator)) {
        const QString generatedShape = shape(*PyJson::parse(row.data));
        QVERIFY2(recorded.contains(generatedShape),
                 qPrintable(row.typeName + u": "_s + generatedShape));
        seen.insert(row.typeName);
    }
    const QSet<QString> types{u"user"_s,
                              u"action"_s,
                              u"bot"_s,
                              u"slot"_s,
                              u"session_started"_s,
                              u"restart"_s,
                              u"rewind"_s,
                              u"user_featurization"_s};
    QCOMPARE(seen, types);
}

void TestTrackerStoreGenerator::isDeterministicAndRealistic()
{
    TrackerStoreGenerator::Options options;
    options.conversations = 200;
    options.longConversationTurns = 120;
    TrackerStoreGenerator generator(options);
    const QList<TrackerStoreRow> first = rowsOf(generator);
    const QList<GeneratedConversation> truth = generator.conversations();
    TrackerStoreGenerator again(options);
    const QList<TrackerStoreRow> second = rowsOf(again);
    QCOMPARE(first.size(), second.size());
    for (qsizetype i = 0; i < first.size(); ++i)
        QCOMPARE(first.at(i).data, second.at(i).data);

    int sessions = 0, external = 0, fallbacks = 0, restarts = 0, switches = 0;
    double earliest = 1e300, latest = 0;
    for (qsizetype i = 0; i < first.size(); ++i) {
        const TrackerStoreRow &row = first.at(i);
        QVERIFY2(!row.data.contains(char(0x80))
                     && QString::fromLatin1(row.data).toLatin1() == row.data,
                 "json.dumps writes ASCII only");
        sessions += row.typeName == u"session_started";
        restarts += row.typeName == u"restart";
        fallbacks += row.actionName == u"action_default_fallback"_s;
        external += row.typeName == u"user" && row.data.contains("\"is_external\": true");
        switches += i > 0 && first.at(i - 1).senderId != row.senderId;
        earliest = std::min(earliest, *row.timestamp);
        latest = std::max(latest, *row.timestamp);
    }
    QVERIFY(sessions > truth.size()); // sessions expire and restarts start new ones
    QVERIFY(restarts > 5 && fallbacks > 20 && external > 5);
    QVERIFY(switches > truth.size()); // conversations interleave
    QVERIFY(latest - earliest > 4 * 7 * 86400); // weeks
    QCOMPARE(truth.last().senderId, u"long-conversation"_s);
    QCOMPARE(truth.last().userMessages.size(), 120);
    qint64 events = 0;
    for (const GeneratedConversation &conversation : truth)
        events += conversation.events;
    QCOMPARE(events, first.size());
    QVERIFY(std::any_of(first.cbegin(), first.cend(), [](const TrackerStoreRow &row) {
        return row.data.contains("\\ud83d\\ude00") || row.data.contains("\\u00fc");
    }));
}

void TestTrackerStoreGenerator::breaksTiesOnTheLastEvent()
{
    TrackerStoreGenerator::Options options;
    options.conversations = 60;
    TrackerStoreGenerator generator(options);
    rowsOf(generator);
    const QList<GeneratedConversation> truth = generator.conversations();
    QCOMPARE(truth.at(25).senderId, u"😀tie-1"_s);
    QCOMPARE(truth.at(26).senderId, u"\uFF03tie-1"_s);
    QCOMPARE(truth.at(25).lastEvent, truth.at(26).lastEvent);
    QCOMPARE(truth.at(25).events, truth.at(26).events);
}

void TestTrackerStoreGenerator::pythonFloats_data()
{
    // What Python 3's repr() gives for these floats.
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("repr");
    QTest::newRow("timestamp") << 1796657211.9636323 << QByteArray("1796657211.9636323");
    QTest::newRow("integral") << 1.0 << QByteArray("1.0");
    QTest::newRow("float32") << double(0.38079119f) << QByteArray("0.38079118728637695");
    QTest::newRow("small") << 1e-05 << QByteArray("1e-05");
    QTest::newRow("tiny") << 1.5e-07 << QByteArray("1.5e-07");
    QTest::newRow("limit") << 0.0001 << QByteArray("0.0001");
    QTest::newRow("big") << 1e16 << QByteArray("1e+16");
    QTest::newRow("below big") << 1234567890123456.0 << QByteArray("1234567890123456.0");
    QTest::newRow("negative zero") << -0.0 << QByteArray("-0.0");
}

void TestTrackerStoreGenerator::pythonFloats()
{
    QFETCH(double, value);
    QFETCH(QByteArray, repr);
    QCOMPARE(pythonFloatRepr(value), repr);
}

QTEST_GUILESS_MAIN(TestTrackerStoreGenerator)
#include "tst_trackerstoregenerator.moc"
