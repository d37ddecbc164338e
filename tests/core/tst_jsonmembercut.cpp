#include "rasa/jsonmembercut.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestJsonMemberCut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cutsTheTrackerOutOfARealPrediction_data();
    void cutsTheTrackerOutOfARealPrediction();
    void agreesWithTheFullParse_data();
    void agreesWithTheFullParse();
    void agreesWithTheFullParseOnDamagedAnswers();
    void deepNestingIsLeftToTheFullParse();
    void onlyTrackerObjectsAreEmptied();
};

namespace {

//! The answer real Rasa 3.6 gave to /predict (recorded by tests/e2e).
QByteArray recordedPrediction(QJsonDocument::JsonFormat format)
{
    QFile file(QStringLiteral(COACH_SOURCE_DIR
                              "/tests/e2e/recorded/3.6/moodbot/38_predict_unknown_intent.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject recording = QJsonDocument::fromJson(file.readAll()).object();
    return QJsonDocument(recording.value("response"_L1).toObject().value("json"_L1).toObject())
        .toJson(format);
}

//! Fails the test unless the emptied text says what a full parse says:
//! nothing for text a full parse refuses; for accepted text the same object,
//! with an object-valued tracker empty.
void verifyAgreement(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument full = QJsonDocument::fromJson(json, &error);
    const std::optional<QByteArray> light = JsonMemberCut::emptyObjects(json, "tracker"_L1);
    if (!light)
        return; // the caller parses in full: always safe
    QVERIFY2(error.error == QJsonParseError::NoError && full.isObject(),
             qPrintable(u"accepted what a full parse refuses (%1 at %2): %3"_s.arg(
                 error.errorString(), QString::number(error.offset),
                 QString::fromUtf8(json.mid(error.offset - 60, 120)))));
    QJsonObject expected = full.object();
    if (expected.value("tracker"_L1).isObject())
        expected.insert("tracker"_L1, QJsonObject());
    const QJsonDocument parsed = QJsonDocument::fromJson(*light, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(parsed.object(), expected);
}

} // namespace

void TestJsonMemberCut::cutsTheTrackerOutOfARealPrediction_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("compact") << recordedPrediction(QJsonDocument::Compact);
    QTest::newRow("indented") << recordedPrediction(QJsonDocument::Indented);
}

void TestJsonMemberCut::cutsTheTrackerOutOfARealPrediction()
{
    QFETCH(QByteArray, json);
    QVERIFY(json.contains("\"tracker\""));
    const std::optional<QByteArray> light = JsonMemberCut::emptyObjects(json, "tracker"_L1);
    QVERIFY(light);
    QVERIFY(!light->contains("\"events\""));
    QVERIFY(light->size() < json.size() / 4);
    const QJsonObject parsed = QJsonDocument::fromJson(*light).object();
    QVERIFY(parsed.value("scores"_L1).isArray());
    QCOMPARE(parsed.value("tracker"_L1), QJsonValue(QJsonObject()));
    verifyAgreement(json);
}

void TestJsonMemberCut::agreesWithTheFullParse_data()
{
    QTest::addColumn<QByteArray>("json");
    const QList<QByteArray> cases{
        "{}", " { } ", R"({"tracker": {}})", R"({"tracker": []})", R"({"tracker": null})",
        R"({"a": 1, "tracker": {"b": [1, 2, {"c": "}"}]}, "d": "\"tracker\""})",
        R"({"tracker": {"x": "caf\u00e9 \n \"q\" \\ \/"}, "s": [-0.5e-3, 0, 12E+2]})",
        "{\"tracker\": {\"x\": \"Zürich ✓ 😀\"}}", R"({"tr\u0061cker": {}})",
        R"({"a": [[], [[]], {}], "tracker": {"e": [true, false, null]}})",
        // Refused by a full parse:
        "", "[]", "{", R"({"tracker": {})", R"({"tracker": {}}})", R"({"tracker": {"a": tru}})",
        R"({"tracker": {"a": 01}})", R"({"tracker": {"a": 1.}})", R"({"tracker": {"a": .5}})",
        R"({"tracker": {"a": -}})", R"({"tracker": {"a": 1e}})", R"({"tracker": {"a": "\x"}})",
        R"({"tracker": {"a": "\u12"}})", "{\"tracker\": {\"a\": \"\x01\"}}",
        "{\"tracker\": {\"a\": \"\xC3\"}}", "{\"tracker\": {\"a\": \"\xC0\xAF\"}}",
        "{\"tracker\": {\"a\": \"\xED\xA0\x80\"}}", R"({"tracker": {"a" 1}})",
        R"({"tracker": {"a": 1,}})", R"({"tracker": {"a": 1e400}})",
        R"({"tracker": {"a": -1e-400}})", R"({"tracker": [1, 2,]})", R"({"tracker": {}} x)",
        R"({"tracker": {} "b": 1})", R"({tracker: {}})", R"({"tracker": {1: 2}})"};
    for (const QByteArray &json : cases)
        QTest::newRow(json.left(40).constData()) << json;
}

void TestJsonMemberCut::agreesWithTheFullParse()
{
    QFETCH(QByteArray, json);
    verifyAgreement(json);
}

void TestJsonMemberCut::agreesWithTheFullParseOnDamagedAnswers()
{
    // A server or proxy may send anything: damaged copies of a real answer
    // (bytes dropped, changed, inserted, the end cut off) must never be
    // accepted when a full parse refuses them.
    const QByteArray original = recordedPrediction(QJsonDocument::Compact);
    QVERIFY(!original.isEmpty());
    const QByteArray alphabet = R"({}[]",:\ a0-9eE.tru/)";
    QRandomGenerator random(19);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray json = original;
        const int edits = 1 + random.bounded(3);
        for (int edit = 0; edit < edits && !json.isEmpty(); ++edit) {
            const qsizetype at = random.bounded(json.size());
            const char byte = alphabet.at(random.bounded(alphabet.size()));
            switch (random.bounded(4)) {
            case 0:
                json.remove(at, 1);
                break;
            case 1:
                json[at] = byte;
                break;
            case 2:
                json.insert(at, byte);
                break;
            default:
                json.truncate(at);
                break;
            }
        }
        verifyAgreement(json);
        if (QTest::currentTestFailed())
            return;
        accepted += JsonMemberCut::emptyObjects(json, "tracker"_L1).has_value();
    }
    QVERIFY2(accepted > 0, "no damaged copy was valid JSON: the comparison proved nothing");
}

void TestJsonMemberCut::deepNestingIsLeftToTheFullParse()
{
    const QByteArray deep =
        "{\"tracker\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!JsonMemberCut::emptyObjects(deep, "tracker"_L1));
    const QByteArray fine = "{\"tracker\": " + QByteArray(100, '[') + QByteArray(100, ']') + "}";
    QVERIFY(JsonMemberCut::emptyObjects(fine, "tracker"_L1));
}

void TestJsonMemberCut::onlyTrackerObjectsAreEmptied()
{
    // Every repeated tracker object is emptied, so the full parse of the
    // result keeps whichever one it would have kept.
    QCOMPARE(JsonMemberCut::emptyObjects(R"({"tracker": {"a": 1}, "tracker": 1})", "tracker"_L1),
             QByteArray(R"({"tracker": {}, "tracker": 1})"));
    QCOMPARE(JsonMemberCut::emptyObjects(R"({"tracker": [1], "trackers": {"b": 2}})", "tracker"_L1),
             QByteArray(R"({"tracker": [1], "trackers": {"b": 2}})"));
    verifyAgreement(R"({"tracker": {"a": 1}, "tracker": 1})");
    verifyAgreement(R"({"tracker": 1, "tracker": {"a": 1}})");
}

QTEST_GUILESS_MAIN(TestJsonMemberCut)
#include "tst_jsonmembercut.moc"
