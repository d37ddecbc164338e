#include "model/yamlreader.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFixtureYamlFile_data();
    void readsEveryFixtureYamlFile();
    void resolvesScalarsLikeYaml12_data();
    void resolvesScalarsLikeYaml12();
    void keepsBlockScalars();
    void reportsErrorPositions();
    void survivesGarbage();
};

void TestYamlReader::readsEveryFixtureYamlFile_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : TestSupport::dataFiles(u"."_s, {u"*.yml"_s, u"*.yaml"_s}))
        QTest::newRow(qPrintable(file)) << file;
}

void TestYamlReader::readsEveryFixtureYamlFile()
{
    QFETCH(QString, file);
    Result<QJsonValue> yaml = readYamlFile(TestSupport::dataPath(file));
    QVERIFY2(yaml.isOk(), qPrintable(yaml.error().toString()));
    const bool emptyFile = TestSupport::readFile(TestSupport::dataPath(file)).trimmed().isEmpty();
    QVERIFY(emptyFile ? yaml->isNull() : yaml->isObject());
}

void TestYamlReader::resolvesScalarsLikeYaml12_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("yes stays text") << QByteArray("yes") << QJsonValue(u"yes"_s);
    QTest::newRow("on stays text") << QByteArray("on") << QJsonValue(u"on"_s);
    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("False") << QByteArray("False") << QJsonValue(false);
    QTest::newRow("null") << QByteArray("null") << QJsonValue();
    QTest::newRow("tilde") << QByteArray("~") << QJsonValue();
    QTest::newRow("empty") << QByteArray("") << QJsonValue();
    QTest::newRow("int") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("negative") << QByteArray("-7") << QJsonValue(-7);
    QTest::newRow("float") << QByteArray("0.5") << QJsonValue(0.5);
    QTest::newRow("exp") << QByteArray("1e3") << QJsonValue(1000.0);
    QTest::newRow("hex") << QByteArray("0x1F") << QJsonValue(31);
    QTest::newRow("quoted true") << QByteArray("'true'") << QJsonValue(u"true"_s);
    QTest::newRow("quoted number") << QByteArray("\"3.1\"") << QJsonValue(u"3.1"_s);
    QTest::newRow("version-like") << QByteArray("3.1.0") << QJsonValue(u"3.1.0"_s);
    QTest::newRow("tagged str") << QByteArray("!!str 12") << QJsonValue(u"12"_s);
    QTest::newRow("unicode") << QByteArray("Grüße") << QJsonValue(u"Grüße"_s);
}

void TestYamlReader::resolvesScalarsLikeYaml12()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QJsonValue, expected);
    Result<QJsonValue> yaml = parseYaml("key: " + scalar + "\n");
    QVERIFY(yaml.isOk());
    QCOMPARE(yaml->toObject().value("key"_L1), expected);
}

void TestYamlReader::keepsBlockScalars()
{
    Result<QJsonValue> yaml =
        parseYaml("nlu:\n- intent: greet\n  examples: |\n    - hi\n    - hello\n");
    QVERIFY(yaml.isOk());
    const QJsonObject item = yaml->toObject().value("nlu"_L1).toArray().at(0).toObject();
    QCOMPARE(item.value("examples"_L1).toString(), u"- hi\n- hello\n"_s);
}

void TestYamlReader::reportsErrorPositions()
{
    Result<QJsonValue> yaml = parseYaml("a: 1\nb: [1, 2\nc: 3\n", u"x.yml"_s);
    QVERIFY(!yaml.isOk());
    QVERIFY(yaml.error().where.startsWith("x.yml line"_L1));
}

void TestYamlReader::survivesGarbage()
{
    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage += char((i * 7919) % 251 + 1);
    // Random bytes may even be valid YAML; if not, the error says so and where.
    const Result<QJsonValue> yaml = parseYaml(garbage, u"garbage.yml"_s);
    QVERIFY2(yaml.isOk()
                 || (yaml.error().message.startsWith(u"invalid YAML: "_s)
                     && yaml.error().where.startsWith(u"garbage.yml"_s)),
             qPrintable(yaml.isOk() ? QString() : yaml.error().toString()));
    // Never closed and deeper than any stack: an error, not a crash.
    const QByteArray deep(100000, '[');
    const Result<QJsonValue> nested = parseYaml(deep, u"deep.yml"_s);
    QVERIFY(!nested.isOk());
    QVERIFY2(nested.error().where.startsWith(u"deep.yml"_s), qPrintable(nested.error().toString()));
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
