#include "entitypalette.h"

#include <QPalette>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

namespace {
double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestEntityPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textStaysReadable_data();
    void textStaysReadable();
    void coloursAreStablePerType();
};

void TestEntityPalette::textStaysReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestEntityPalette::textStaysReadable()
{
    QFETCH(bool, dark);
    const QPalette palette =
        dark ? QPalette(QColor(230, 230, 230), QColor(30, 30, 32)) : QPalette(Qt::black, Qt::white);
    QPalette p = palette;
    p.setColor(QPalette::Base, dark ? QColor(30, 30, 32) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(230, 230, 230) : Qt::black);
    QCOMPARE(EntityPalette::isDark(p), dark);
    for (const QString &type : {u"city"_s, u"mood"_s, u"cuisine"_s, u"number"_s, u"date"_s,
                                u"person"_s, u"seating"_s, u"feedback"_s}) {
        const double ratio = contrast(EntityPalette::background(type, p), p.color(QPalette::Text));
        QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2"_s.arg(type).arg(ratio)));
    }
}

void TestEntityPalette::coloursAreStablePerType()
{
    QPalette p(Qt::black, Qt::white);
    QCOMPARE(EntityPalette::background(u"city"_s, p), EntityPalette::background(u"city"_s, p));
    QVERIFY(EntityPalette::background(u"city"_s, p) != EntityPalette::background(u"mood"_s, p));
}

QTEST_MAIN(TestEntityPalette)
#include "tst_entitypalette.moc"
