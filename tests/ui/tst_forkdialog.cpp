#include "forkdialog.h"

#include <QListWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestForkDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAndDigitsPick();
    void preselectsAndEnterAccepts();
};

namespace {
QList<ForkPoint> points()
{
    return {{9, u"third"_s}, {5, u"second"_s}, {2, u"first"_s}};
}
} // namespace

void TestForkDialog::newestFirstAndDigitsPick()
{
    ForkDialog dialog(points());
    QCOMPARE(dialog.list()->count(), 3);
    QVERIFY(dialog.list()->item(0)->text().endsWith(u"third"_s));
    QCOMPARE(dialog.chosenEventIndex(), 9);
    QTest::keyClick(&dialog, Qt::Key_3);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenEventIndex(), 2);
}

void TestForkDialog::preselectsAndEnterAccepts()
{
    ForkDialog dialog(points());
    dialog.selectEventIndex(5);
    QCOMPARE(dialog.chosenEventIndex(), 5);
    dialog.show();
    QTest::keyClick(dialog.list(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.chosenEventIndex(), 5);
}

QTEST_MAIN(TestForkDialog)
#include "tst_forkdialog.moc"
