#include "inbox/envinterpolation.h"

#include <QHash>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestEnvInterpolation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesWhatRasaExpands_data();
    void recognisesWhatRasaExpands();
    void expandsLikeRasa_data();
    void expandsLikeRasa();
    void processEnvironmentByDefault();

private:
    static EnvInterpolation fixedEnvironment();
};

EnvInterpolation TestEnvInterpolation::fixedEnvironment()
{
    static const QHash<QString, QString> environment{{u"DB_USER"_s, u"rasa"_s},
                                                     {u"DB_PASS"_s, u"s3cr3t pass"_s},
                                                     {u"DB_HOST"_s, u"db.local"_s},
                                                     {u"EMPTY"_s, QString()},
                                                     {u"PORT"_s, u"5433"_s}};
    return EnvInterpolation([](const QString &name) -> std::optional<QString> {
        const auto found = environment.constFind(name);
        return found == environment.cend() ? std::nullopt : std::optional<QString>(*found);
    });
}

void TestEnvInterpolation::recognisesWhatRasaExpands_data()
{
    QTest::addColumn<QString>("scalar");
    QTest::addColumn<bool>("expanded");
    QTest::newRow("braces") << u"${X}"_s << true;
    QTest::newRow("inside") << u"a${X}b"_s << true;
    QTest::newRow("dollar only") << u"$X"_s << false;
    QTest::newRow("plain") << u"localhost"_s << false;
    QTest::newRow("open brace only") << u"${X"_s << false;
    QTest::newRow("empty braces") << u"${}"_s << true;
}

void TestEnvInterpolation::recognisesWhatRasaExpands()
{
    QFETCH(QString, scalar);
    QFETCH(bool, expanded);
    QCOMPARE(EnvInterpolation::isExpanded(scalar), expanded);
}

// The same cases as tests/data/trackerstore/endpoints-env.json, which
// tst_trackerstoreaddress runs through a whole endpoints.yml.
void TestEnvInterpolation::expandsLikeRasa_data()
{
    QTest::addColumn<QString>("scalar");
    QTest::addColumn<QString>("result"); // empty + error non-empty: an error naming those
    QTest::addColumn<QString>("missing");
    QTest::newRow("one") << u"${DB_HOST}"_s << u"db.local"_s << QString();
    QTest::newRow("url") << u"postgres://${DB_USER}:${DB_PASS}@${DB_HOST}:${PORT}/rasa"_s
                         << u"postgres://rasa:s3cr3t pass@db.local:5433/rasa"_s << QString();
    QTest::newRow("glued") << u"x${DB_HOST}y"_s << u"xdb.localy"_s << QString();
    QTest::newRow("unset alone") << u"${UNSET_VAR}"_s << QString() << u"${UNSET_VAR}"_s;
    QTest::newRow("unset glued") << u"a${UNSET_VAR}"_s << u"a${UNSET_VAR}"_s << QString();
    QTest::newRow("unset word") << u"a ${UNSET_VAR}"_s << QString() << u"${UNSET_VAR}"_s;
    QTest::newRow("dollar word") << u"${DB_HOST} $UNSET_VAR"_s << QString() << u"$UNSET_VAR"_s;
    QTest::newRow("dollar glued") << u"${DB_HOST}-$UNSET_VAR"_s << u"db.local-$UNSET_VAR"_s
                                  << QString();
    QTest::newRow("empty") << u"${EMPTY}"_s << QString() << QString();
    QTest::newRow("both forms") << u"${DB_HOST} and $DB_USER"_s << u"db.local and rasa"_s
                                << QString();
    QTest::newRow("default syntax") << u"${DB_HOST:-x}"_s << QString() << u"${DB_HOST:-x}"_s;
    QTest::newRow("spaces") << u"${ DB_HOST }"_s << QString() << u"${"_s;
    QTest::newRow("empty braces") << u"${}"_s << QString() << u"${}"_s;
    QTest::newRow("double dollar") << u"$${DB_HOST}"_s << u"$db.local"_s << QString();
    QTest::newRow("extra brace") << u"${DB_HOST}}"_s << u"db.local}"_s << QString();
    QTest::newRow("unset then text") << u"${UNSET_VAR}x"_s << QString() << u"${UNSET_VAR}x"_s;
}

void TestEnvInterpolation::expandsLikeRasa()
{
    QFETCH(QString, scalar);
    QFETCH(QString, result);
    QFETCH(QString, missing);
    const Result<QString> expanded = fixedEnvironment().expand(scalar);
    if (!missing.isEmpty()) {
        QVERIFY(!expanded);
        QVERIFY2(expanded.error().message.contains(missing), qPrintable(expanded.error().message));
        QVERIFY(!expanded.error().message.contains(u"s3cr3t"_s));
        return;
    }
    QVERIFY2(expanded, qPrintable(expanded.error().message));
    QCOMPARE(*expanded, result);
}

void TestEnvInterpolation::processEnvironmentByDefault()
{
    qputenv("COACH_TEST_ENV_VALUE", "from-the-process");
    qunsetenv("COACH_TEST_ENV_UNSET");
    const EnvInterpolation environment;
    QCOMPARE(environment.expand(u"${COACH_TEST_ENV_VALUE}"_s).valueOr({}), u"from-the-process"_s);
    QVERIFY(!environment.expand(u"${COACH_TEST_ENV_UNSET}"_s));
}

QTEST_GUILESS_MAIN(TestEnvInterpolation)
#include "tst_envinterpolation.moc"
