#include "model/jsonscanner.h"

#include <QJsonDocument>
#include <QList>
#include <QTest>

using namespace Coach;

namespace {

bool qtAccepts(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        const std::pair<const char *, bool> samples[] = {
            {"{}", true},
            {"[]", true},
            {R"({"a": 1})", true},
            {R"({"a": [1, 2.5, -3e2, 0.1E+5, true, false, null]})", true},
            {"{\"a\": \"\\u00e9\\n\\t\\\\\\\"\\/\"}", true},
            {"{\"k\u00f6ln\": \"\xe2\x82\xac\"}", true},
            {R"(  [ "ok" ]  )", true},
            {R"({"a": {"b": {"c": []}}})", true},
            {R"([-0.0e-0])", true},
            {R"([1,])", false},
            {R"({"a":1,})", false},
            {R"({"a" 1})", false},
            {R"({a: 1})", false},
            {R"([01])", false},
            {R"([-])", false},
            {R"([1e])", false},
            {R"([1e400])", false},
            {R"(["\u12g4"])", false},
            {"[\"\xc3\x28\"]", false},
            {"[\"\xe0\x80\x80\"]", false},
            {"[\"\xed\xa0\x80\"]", false},
            {"[\"\xf4\x90\x80\x80\"]", false},
            {R"([tru])", false},
            {R"([nul])", false},
            {R"({"a": 1} x)", false},
            {"[\"unterminated", false},
            {R"({"a": [1, 2})", false},
            {R"([1 2])", false},
            {R"({"a": 1 "b": 2})", false},
            {R"("just a string")", false},
            {R"(12)", false},
            // Qt is lenient here; the scanner is strict (such files are read the slow way).
            {R"([1.])", false},
            {R"([.5])", false},
            {R"(["\x"])", false},
            {"[\"a\x01b\"]", false},
            {"[\"tab\there\"]", false},
        };
        for (const auto &[sample, valid] : samples)
            QTest::newRow(sample) << QByteArray(sample) << valid;
        QTest::newRow("deep ok") << QByteArray(1000, '[') + QByteArray(1000, ']') << true;
        QTest::newRow("too deep") << QByteArray(1100, '[') + QByteArray(1100, ']') << false;
    }

    void agreesWithQt()
    {
        // Whatever the scanner accepts, Qt must accept: the lazy reader
        // relies on it. Where it is stricter, the file is read the slow way.
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(JsonScanner(text).isValidJson(), valid);
        if (valid)
            QVERIFY(qtAccepts(text));
    }

    void findsEventsOfEachConversation()
    {
        const QByteArray text =
            "{\"format\": \"x\", \"conversations\": [\n"
            "{\"id\": \"a\", \"events\": [{\"event\": \"restart\"}, {\"timestamp\": 1, "
            "\"event\": \"user\", \"text\": \"]}\"}]},\n"
            "{\"events\": [], \"id\": \"b\"}], \"domain\": {\"events\": 5}}";
        JsonScanner::SessionLayout layout;
        QVERIFY(JsonScanner(text).scanSession(&layout));
        QCOMPARE(layout.eventCounts, (QList<int>{2, 0}));
        QCOMPARE(layout.eventsRanges.size(), 2);
        const auto [begin, end] = layout.eventsRanges.first();
        QVERIFY(text.sliced(begin, end - begin).startsWith("[{\"event\": \"restart\"}"));
        QVERIFY(text.sliced(begin, end - begin).endsWith("\"]}\"}]"));
        QCOMPARE(text.sliced(layout.eventsRanges.at(1).first, 2), QByteArray("[]"));
    }

    void refusesShapesItDoesNotHandle_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no conversations") << QByteArray(R"({"format": "x"})");
        QTest::newRow("conversations twice")
            << QByteArray(R"({"conversations": [], "conversations": []})");
        QTest::newRow("no events") << QByteArray(R"({"conversations": [{"id": "a"}]})");
        QTest::newRow("events twice")
            << QByteArray(R"({"conversations": [{"events": [], "events": []}]})");
        QTest::newRow("event not object") << QByteArray(R"({"conversations": [{"events": [3]}]})");
        QTest::newRow("event without name")
            << QByteArray(R"({"conversations": [{"events": [{"a": 1}]}]})");
        QTest::newRow("empty name")
            << QByteArray(R"({"conversations": [{"events": [{"event": ""}]}]})");
        QTest::newRow("name not string")
            << QByteArray(R"({"conversations": [{"events": [{"event": 1}]}]})");
        QTest::newRow("trailing") << QByteArray(R"({"conversations": []} {})");
    }

    void refusesShapesItDoesNotHandle()
    {
        QFETCH(QByteArray, text);
        JsonScanner::SessionLayout layout;
        QVERIFY(!JsonScanner(text).scanSession(&layout));
    }

    void listsTheMembersOfAnObject()
    {
        const QByteArray text = " {\"a\": 1, \"tr\\u0061cker\": {\"b\": [{}]}, \"c\": \"}\"} ";
        QList<JsonScanner::Member> members;
        QVERIFY(JsonScanner(text).scanObject(&members));
        QCOMPARE(members.size(), 3);
        QCOMPARE(members.at(1).key, QByteArray("tracker"));
        QCOMPARE(text.at(members.at(1).valueBegin), '{');
        QCOMPARE(text.at(members.at(0).valueBegin), '1');
        const auto span = [&](const JsonScanner::Member &member) {
            return text.sliced(member.begin, member.end - member.begin);
        };
        QCOMPARE(span(members.at(1)), QByteArray("\"tr\\u0061cker\": {\"b\": [{}]}"));
        QCOMPARE(span(members.at(2)), QByteArray("\"c\": \"}\""));
        for (const char *refused : {"[]", "{} {}", "{\"a\": 1,}", "{\"a\": tru}", ""}) {
            members.clear();
            QVERIFY2(!JsonScanner(refused).scanObject(&members), refused);
        }
    }

    void numbersOutOfRangeAreLeftToQt()
    {
        // Qt refuses numbers beyond double's range (also underflow here).
        QVERIFY(!JsonScanner("[1.5e999]").isValidJson());
        QVERIFY(!qtAccepts("[1.5e999]"));
        QVERIFY(!JsonScanner("[1e-999]").isValidJson());
        QVERIFY(JsonScanner("[1.5e300, -2.5E-300]").isValidJson());
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
