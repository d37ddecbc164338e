#include "model/jsontextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

//! Writes a QJsonValue with the writer (keys in QJsonObject's order).
void write(JsonTextWriter &writer, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        writer.beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            writer.key(it.key());
            write(writer, it.value());
        }
        writer.endObject();
        break;
    }
    case QJsonValue::Array:
        writer.beginArray();
        for (const QJsonValue &item : value.toArray())
            write(writer, item);
        writer.endArray();
        break;
    case QJsonValue::String:
        writer.value(value.toString());
        break;
    case QJsonValue::Double:
        writer.value(value.toInteger());
        break;
    default:
        writer.nullValue();
    }
}

QByteArray written(const QJsonValue &document)
{
    QByteArray text;
    JsonTextWriter writer(text);
    write(writer, document);
    return text;
}

QByteArray byQt(const QJsonValue &document)
{
    return document.isArray() ? QJsonDocument(document.toArray()).toJson()
                              : QJsonDocument(document.toObject()).toJson();
}

QString randomText(QRandomGenerator &random)
{
    // Controls, quotes, backslashes, Latin-1, CJK, emoji and lone surrogates.
    static const QList<char16_t> units{0x0,    0x1,    0x8,    0x9,    0xA,    0xC,    0xD,
                                       0x1F,   u'"',   u'\\',  u'/',   u'a',   u' ',   0x7F,
                                       0x80,   0xE9,   0xFF,   0x100,  0x7FF,  0x800,  0x4E2D,
                                       0xD83D, 0xDE00, 0xDBFF, 0xDFFF, 0xFEFF, 0xFFFD, 0xFFFF};
    QString text;
    const int length = int(random.bounded(12));
    for (int i = 0; i < length; ++i)
        text += QChar(units.at(random.bounded(int(units.size()))));
    return text;
}

QJsonValue randomValue(QRandomGenerator &random, int depth)
{
    switch (random.bounded(depth > 3 ? 3 : 5)) {
    case 0:
        return randomText(random);
    case 1:
        return qint64(random.bounded(2000001)) - 1000000;
    case 2:
        return QJsonValue();
    case 3: {
        QJsonArray array;
        for (int i = int(random.bounded(4)); i > 0; --i)
            array.append(randomValue(random, depth + 1));
        return array;
    }
    default: {
        QJsonObject object;
        for (int i = int(random.bounded(4)); i > 0; --i)
            object.insert(randomText(random), randomValue(random, depth + 1));
        return object;
    }
    }
}

} // namespace

class TestJsonTextWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQtWrites_data();
    void writesWhatQtWrites();
    void writesRandomDocumentsAsQtDoes();
    void latin1KeysAndValues();
    void partsJoinIntoTheWholeDocument();
};

void TestJsonTextWriter::writesWhatQtWrites_data()
{
    QTest::addColumn<QJsonValue>("document");
    QTest::newRow("empty object") << QJsonValue(QJsonObject());
    QTest::newRow("empty array") << QJsonValue(QJsonArray());
    QTest::newRow("empty members")
        << QJsonValue(QJsonObject{{u"a"_s, QJsonArray()}, {u"b"_s, QJsonObject()}});
    QTest::newRow("graph shape") << QJsonValue(QJsonObject{
        {u"edges"_s, QJsonArray{QJsonArray{u"0"_s, u"1"_s, QJsonObject{{u"class"_s, u""_s}}}}},
        {u"nodes"_s,
         QJsonObject{{u"-1"_s, QJsonObject{{u"fontsize"_s, 12}, {u"label"_s, QJsonValue()}}}}}});
    QTest::newRow("escapes") << QJsonValue(QJsonArray{u"\"\\/\b\f\n\r\t\x01\x1f\x7f"_s});
    QTest::newRow("unicode") << QJsonValue(QJsonArray{u"é中😀\uFEFF\uFFFF"_s});
    QTest::newRow("lone surrogates")
        << QJsonValue(QJsonArray{QString(QChar(0xD800)), QString(QString(QChar(0xDC00)) + u"x"_s)});
    QTest::newRow("numbers") << QJsonValue(QJsonArray{QJsonValue(0), QJsonValue(-1), QJsonValue(12),
                                                      QJsonValue(2147483647),
                                                      QJsonValue(qint64(1) << 40)});
}

void TestJsonTextWriter::writesWhatQtWrites()
{
    QFETCH(QJsonValue, document);
    QCOMPARE(written(document), byQt(document));
}

void TestJsonTextWriter::writesRandomDocumentsAsQtDoes()
{
    QRandomGenerator random(15);
    for (int round = 0; round < 500; ++round) {
        const QJsonValue document = random.bounded(2)
            ? QJsonValue(QJsonArray{randomValue(random, 0)})
            : QJsonValue(QJsonObject{{u"x"_s, randomValue(random, 0)}});
        QCOMPARE(written(document), byQt(document));
    }
}

void TestJsonTextWriter::latin1KeysAndValues()
{
    QByteArray text;
    JsonTextWriter writer(text);
    writer.beginObject();
    writer.key("caf\xe9"_L1);
    writer.value("\"quoted\"\n\xff"_L1);
    writer.endObject();
    const QJsonObject same{{u"café"_s, u"\"quoted\"\nÿ"_s}};
    QCOMPARE(text, QJsonDocument(same).toJson());
}

void TestJsonTextWriter::partsJoinIntoTheWholeDocument()
{
    // {"x": <container>} with the container's items written in parts, cut at
    // random places (empty parts included), as GraphExport does on threads.
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        QJsonValue container = randomValue(random, 3);
        if (!container.isArray() && !container.isObject())
            container = QJsonArray{container, randomValue(random, 2)};
        QByteArray text;
        JsonTextWriter writer(text);
        writer.beginObject();
        writer.key("x"_L1);
        const bool isArray = container.isArray();
        isArray ? writer.beginArray() : writer.beginObject();
        const QJsonArray items = container.toArray();
        const QJsonObject members = container.toObject();
        const qsizetype count = isArray ? items.size() : members.size();
        for (qsizetype begin = 0, parts = 0;; ++parts) {
            const qsizetype end =
                parts > 8 ? count : begin + qsizetype(random.bounded(int(count - begin) + 1));
            QByteArray part;
            JsonTextWriter partWriter = JsonTextWriter::part(part, writer, begin);
            for (qsizetype i = begin; i < end; ++i) {
                if (!isArray)
                    partWriter.key((members.begin() + i).key());
                write(partWriter, isArray ? items.at(i) : (members.begin() + i).value());
            }
            writer.appendPart(part, end - begin);
            begin = end;
            if (begin == count)
                break;
        }
        isArray ? writer.endArray() : writer.endObject();
        writer.endObject();
        QCOMPARE(text, byQt(QJsonObject{{u"x"_s, container}}));
    }
}

QTEST_GUILESS_MAIN(TestJsonTextWriter)
#include "tst_jsontextwriter.moc"
