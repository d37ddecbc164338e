#include "messagemarkup.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestMessageMarkup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotate_data();
    void annotate();
};

void TestMessageMarkup::annotate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entities");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << u"hello"_s << u"[]"_s << u"hello"_s;
    QTest::newRow("short") << u"Hello there rasa."_s
                           << uR"([{"entity": "name", "value": "rasa", "start": 12, "end": 16}])"_s
                           << u"Hello there [rasa](name)."_s;
    QTest::newRow("synonym") << u"to LA"_s
                             << uR"([{"entity": "city", "value": "Los Angeles", "start": 3, "end": 5}])"_s
                             << uR"(to [LA]{"entity": "city", "value": "Los Angeles"})"_s;
    QTest::newRow("role and group")
        << u"Berlin"_s
        << uR"([{"entity": "city", "value": "Berlin", "start": 0, "end": 6, "role": "from", "group": "1"}])"_s
        << uR"([Berlin]{"entity": "city", "role": "from", "group": "1"})"_s;
    QTest::newRow("two at one offset")
        << u"Berlin"_s
        << uR"([{"entity": "city", "start": 0, "end": 6, "value": "Berlin"},
               {"entity": "place", "start": 0, "end": 6, "value": "Berlin"}])"_s
        << uR"([Berlin][{"entity": "city"}, {"entity": "place"}])"_s;
    QTest::newRow("no span ignored")
        << u"at 5"_s << uR"([{"entity": "time", "value": "5"}])"_s << u"at 5"_s;
    QTest::newRow("intent message") << u"/greet{\"name\": \"x\"}"_s
                                    << uR"([{"entity": "name", "value": "x", "start": 0, "end": 2}])"_s
                                    << u"/greet{\"name\": \"x\"}"_s;
    QTest::newRow("unicode") << u"nach Zürich"_s
                             << uR"([{"entity": "city", "value": "Zurich", "start": 5, "end": 11}])"_s
                             << uR"(nach [Zürich]{"entity": "city", "value": "Zurich"})"_s;
}

void TestMessageMarkup::annotate()
{
    QFETCH(QString, text);
    QFETCH(QString, entities);
    QFETCH(QString, expected);
    const auto list = entitiesFromJson(QJsonDocument::fromJson(entities.toUtf8()).array());
    QCOMPARE(MessageMarkup::annotate(text, list), expected);
}

QTEST_MAIN(TestMessageMarkup)
#include "tst_messagemarkup.moc"
