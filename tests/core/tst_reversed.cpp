#include "reversed.h"

#include <QList>
#include <QTest>

#include <vector>

using namespace Coach;

class TestReversed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksBackToFront()
    {
        const QList<int> list{1, 2, 3};
        QList<int> seen;
        for (const int value : reversed(list))
            seen.append(value);
        QCOMPARE(seen, (QList<int>{3, 2, 1}));
    }

    void walksNothingWhenEmpty()
    {
        const std::vector<int> empty;
        int steps = 0;
        for ([[maybe_unused]] const int value : reversed(empty))
            ++steps;
        QCOMPARE(steps, 0);
    }

    void changesTheItemsOfAMutableContainer()
    {
        std::vector<int> values{1, 2, 3};
        int next = 10;
        for (int &value : reversed(values))
            value = next++;
        QCOMPARE(values, (std::vector<int>{12, 11, 10}));
    }
};

QTEST_GUILESS_MAIN(TestReversed)
#include "tst_reversed.moc"
