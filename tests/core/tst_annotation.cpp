#include "model/annotation.h"

#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

Entity span(const QString &type, const QJsonValue &value, int start, int end,
            const QString &role = {}, const QString &group = {})
{
    return Entity::onSpan(type, value, start, end, role, group);
}

} // namespace

class TestAnnotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void roundTrips_data();
    void roundTrips();
};

void TestAnnotation::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Entity>>("entities");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rasa test") << u"Hello there rasa."_s
                               << QList<Entity>{span(u"name"_s, u"rasa"_s, 12, 16)}
                               << u"Hello there [rasa](name)."_s;
    QTest::newRow("synonym value")
        << u"fly to LA"_s << QList<Entity>{span(u"city"_s, u"Los Angeles"_s, 7, 9)}
        << u"fly to [LA]{\"entity\": \"city\", \"value\": \"Los Angeles\"}"_s;
    QTest::newRow("role") << u"I fly from Berlin"_s
                          << QList<Entity>{span(u"city"_s, u"Berlin"_s, 11, 17, u"from"_s)}
                          << u"I fly from [Berlin]{\"entity\": \"city\", \"role\": \"from\"}"_s;
    QTest::newRow("key order")
        << u"x"_s << QList<Entity>{span(u"a"_s, u"y"_s, 0, 1, u"r"_s, u"g"_s)}
        << u"[x]{\"entity\": \"a\", \"role\": \"r\", \"group\": \"g\", \"value\": \"y\"}"_s;
    QTest::newRow("non-ascii value escaped")
        << u"in Munich"_s << QList<Entity>{span(u"city"_s, u"München"_s, 3, 9)}
        << u"in [Munich]{\"entity\": \"city\", \"value\": \"M\\u00fcnchen\"}"_s;
    // Numbers stay numbers, as Rasa 2.8.34 and 3.6.21 write them (checked
    // with their RasaYAMLWriter): a number is never "equal" to the text.
    QTest::newRow("number equal to text") << u"for 4"_s << QList<Entity>{span(u"number"_s, 4, 4, 5)}
                                          << u"for [4]{\"entity\": \"number\", \"value\": 4}"_s;
    QTest::newRow("number of a word") << u"for four"_s << QList<Entity>{span(u"number"_s, 4, 4, 8)}
                                      << u"for [four]{\"entity\": \"number\", \"value\": 4}"_s;
    QTest::newRow("fraction") << u"2.5 hours"_s << QList<Entity>{span(u"number"_s, 2.5, 0, 3)}
                              << u"[2.5]{\"entity\": \"number\", \"value\": 2.5} hours"_s;
    QTest::newRow("zero") << u"zero"_s << QList<Entity>{span(u"number"_s, 0, 0, 4)}
                          << u"[zero]{\"entity\": \"number\", \"value\": 0}"_s;
    QTest::newRow("number with role")
        << u"4"_s << QList<Entity>{span(u"number"_s, 4, 0, 1, u"adults"_s)}
        << u"[4]{\"entity\": \"number\", \"role\": \"adults\", \"value\": 4}"_s;
    // Rasa's schema refuses other values: written as text so the file loads.
    QTest::newRow("true as text") << u"yes"_s << QList<Entity>{span(u"flag"_s, true, 0, 3)}
                                  << u"[yes]{\"entity\": \"flag\", \"value\": \"true\"}"_s;
    QTest::newRow("null value") << u"Berlin"_s << QList<Entity>{span(u"city"_s, QJsonValue(), 0, 6)}
                                << u"[Berlin](city)"_s;
    QTest::newRow("empty value") << u"Berlin"_s << QList<Entity>{span(u"city"_s, u""_s, 0, 6)}
                                 << u"[Berlin]{\"entity\": \"city\", \"value\": \"\"}"_s;
    QTest::newRow("same span list")
        << u"Berlin"_s
        << QList<Entity>{span(u"city"_s, u"Berlin"_s, 0, 6),
                         span(u"location"_s, u"Berlin"_s, 0, 6, u"to"_s)}
        << u"[Berlin][{\"entity\": \"city\"}, {\"entity\": \"location\", \"role\": \"to\"}]"_s;
    QTest::newRow("sorted by start")
        << u"from Paris to Rome"_s
        << QList<Entity>{span(u"city"_s, u"Rome"_s, 14, 18), span(u"city"_s, u"Paris"_s, 5, 10)}
        << u"from [Paris](city) to [Rome](city)"_s;
    QTest::newRow("slash text verbatim")
        << u"/inform{\"city\": \"Berlin\"}"_s << QList<Entity>{span(u"city"_s, u"Berlin"_s, 7, 25)}
        << u"/inform{\"city\": \"Berlin\"}"_s;
    QTest::newRow("no span") << u"hi"_s << QList<Entity>{Entity(QJsonObject{{u"entity"_s, u"x"_s}})}
                             << u"hi"_s;
    QTest::newRow("out of range") << u"hi"_s << QList<Entity>{span(u"x"_s, u"y"_s, 1, 9)}
                                  << u"hi"_s;
    QTest::newRow("overlap dropped") << u"New York City"_s
                                     << QList<Entity>{span(u"city"_s, u"New York"_s, 0, 8),
                                                      span(u"city"_s, u"York City"_s, 4, 13)}
                                     << u"[New York](city) City"_s;
    QTest::newRow("emoji offsets in code points")
        << u"😀 in Berlin"_s << QList<Entity>{span(u"city"_s, u"Berlin"_s, 5, 11)}
        << u"😀 in [Berlin](city)"_s;
}

void TestAnnotation::render()
{
    QFETCH(QString, text);
    QFETCH(QList<Entity>, entities);
    QFETCH(QString, expected);
    QCOMPARE(Annotation::render(text, entities), expected);
}

void TestAnnotation::parse_data()
{
    QTest::addColumn<QString>("annotated");
    QTest::addColumn<QString>("plain");
    QTest::addColumn<QList<Entity>>("entities");
    QTest::newRow("plain") << u"no markup [here]"_s << u"no markup [here]"_s << QList<Entity>{};
    QTest::newRow("short") << u"I live in [Berlin](city)."_s << u"I live in Berlin."_s
                           << QList<Entity>{span(u"city"_s, u"Berlin"_s, 10, 16)};
    QTest::newRow("synonym") << u"[NYC](city:New York)"_s << u"NYC"_s
                             << QList<Entity>{span(u"city"_s, u"New York"_s, 0, 3)};
    QTest::newRow("json role")
        << u"from [Berlin]{\"entity\": \"city\", \"role\": \"from\"} to [Rome](city)"_s
        << u"from Berlin to Rome"_s
        << QList<Entity>{span(u"city"_s, u"Berlin"_s, 5, 11, u"from"_s),
                         span(u"city"_s, u"Rome"_s, 15, 19)};
    QTest::newRow("json value")
        << u"[LA]{\"entity\": \"city\", \"value\": \"Los Angeles\", \"group\": \"1\"}"_s << u"LA"_s
        << QList<Entity>{span(u"city"_s, u"Los Angeles"_s, 0, 2, {}, u"1"_s)};
    QTest::newRow("list")
        << u"[Berlin][{\"entity\": \"city\"}, {\"entity\": \"loc\", \"role\": \"to\"}]!"_s
        << u"Berlin!"_s
        << QList<Entity>{span(u"city"_s, u"Berlin"_s, 0, 6),
                         span(u"loc"_s, u"Berlin"_s, 0, 6, u"to"_s)};
    QTest::newRow("emoji") << u"😀😀 [Berlin](city)"_s << u"😀😀 Berlin"_s
                           << QList<Entity>{span(u"city"_s, u"Berlin"_s, 3, 9)};
}

void TestAnnotation::parse()
{
    QFETCH(QString, annotated);
    QFETCH(QString, plain);
    QFETCH(QList<Entity>, entities);
    Result<AnnotatedText> result = Annotation::parse(annotated);
    QVERIFY2(result.isOk(), qPrintable(result.error().toString()));
    QCOMPARE(result->plainText, plain);
    QCOMPARE(result->entities, entities);
}

void TestAnnotation::parseErrors_data()
{
    QTest::addColumn<QString>("annotated");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("bad json") << u"[x]{\"entity\": city}"_s << u"not valid JSON"_s;
    QTest::newRow("no entity") << u"[x]{\"role\": \"a\"}"_s << u"no \"entity\""_s;
    QTest::newRow("true value") << u"[x]{\"entity\": \"a\", \"value\": true}"_s
                                << u"\"value\" must be text or a number"_s;
    QTest::newRow("null value") << u"[x]{\"entity\": \"a\", \"value\": null}"_s
                                << u"\"value\" must be text or a number"_s;
    QTest::newRow("list value") << u"[x]{\"entity\": \"a\", \"value\": [1]}"_s
                                << u"\"value\" must be text or a number"_s;
    QTest::newRow("role not text")
        << u"[x]{\"entity\": \"a\", \"role\": 1}"_s << u"\"role\" must be text"_s;
    QTest::newRow("bad list item") << u"[x][{\"entity\": 1}]"_s << u"no \"entity\""_s;
    QTest::newRow("empty list") << u"[x][nothing]"_s << u"holds no entity"_s;
}

void TestAnnotation::parseErrors()
{
    QFETCH(QString, annotated);
    QFETCH(QString, mentions);
    Result<AnnotatedText> result = Annotation::parse(annotated);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
}

void TestAnnotation::roundTrips_data()
{
    QTest::addColumn<QString>("annotated");
    QTest::newRow("short") << u"hi, I'm [Anna](name)"_s;
    QTest::newRow("json")
        << u"book in [Berlin]{\"entity\": \"city\", \"role\": \"destination\"}, from [Paris]{\"entity\": \"city\", \"role\": \"departure\"}"_s;
    QTest::newRow("list")
        << u"[Berlin][{\"entity\": \"city\"}, {\"entity\": \"loc\", \"group\": \"2\"}]"_s;
    QTest::newRow("escaped")
        << u"[Zürich]{\"entity\": \"city\", \"value\": \"Z\\u00fcrich Stadt\"}"_s;
    QTest::newRow("emoji") << u"🎉 [party](event) 🎉 [now](time)"_s;
    QTest::newRow("synonym") << u"[NYC]{\"entity\": \"city\", \"value\": \"New York\"}"_s;
    QTest::newRow("number") << u"book a table for [4]{\"entity\": \"number\", \"value\": 4}"_s;
    QTest::newRow("fraction") << u"[2.5]{\"entity\": \"number\", \"value\": 2.5} hours"_s;
    QTest::newRow("zero") << u"[zero]{\"entity\": \"number\", \"value\": 0}"_s;
    QTest::newRow("negative") << u"[minus five]{\"entity\": \"number\", \"value\": -5}"_s;
}

void TestAnnotation::roundTrips()
{
    QFETCH(QString, annotated);
    Result<AnnotatedText> parsed = Annotation::parse(annotated);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error().toString()));
    QCOMPARE(Annotation::render(parsed->plainText, parsed->entities), annotated);
}

QTEST_GUILESS_MAIN(TestAnnotation)
#include "tst_annotation.moc"
