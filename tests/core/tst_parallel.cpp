#include "parallel.h"

#include <QSet>
#include <QTest>
#include <QThread>

using namespace Coach;

class TestParallel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slicesCoverEveryItemOnce_data();
    void slicesCoverEveryItemOnce();
    void smallInputsStayOnTheCallingThread();
    void resultsComeInSliceOrder();
};

void TestParallel::slicesCoverEveryItemOnce_data()
{
    QTest::addColumn<qsizetype>("count");
    QTest::addColumn<qsizetype>("minimum");
    QTest::newRow("nothing") << qsizetype(0) << qsizetype(10);
    QTest::newRow("fewer than the minimum") << qsizetype(5) << qsizetype(10);
    QTest::newRow("exact") << qsizetype(40) << qsizetype(10);
    QTest::newRow("uneven") << qsizetype(10007) << qsizetype(64);
    QTest::newRow("minimum of one") << qsizetype(3) << qsizetype(1);
}

void TestParallel::slicesCoverEveryItemOnce()
{
    QFETCH(qsizetype, count);
    QFETCH(qsizetype, minimum);
    const QList<Parallel::Slice> slices = Parallel::slices(count, minimum);
    QVERIFY(!slices.isEmpty());
    qsizetype next = 0;
    for (const Parallel::Slice &slice : slices) {
        QCOMPARE(slice.begin, next);
        QVERIFY(slice.end >= slice.begin);
        if (slices.size() > 1)
            QVERIFY(slice.end - slice.begin >= minimum);
        next = slice.end;
    }
    QCOMPARE(next, count);
}

void TestParallel::smallInputsStayOnTheCallingThread()
{
    QThread *caller = QThread::currentThread();
    const QList<bool> onCaller = Parallel::mapSlices(10, 100, [caller](Parallel::Slice slice) {
        return slice.begin == 0 && slice.end == 10 && QThread::currentThread() == caller;
    });
    QCOMPARE(onCaller, QList<bool>{true});
}

void TestParallel::resultsComeInSliceOrder()
{
    const qsizetype count = 100000;
    const QList<QList<qsizetype>> parts =
        Parallel::mapSlices(count, 1000, [](Parallel::Slice slice) {
            QList<qsizetype> items;
            for (qsizetype i = slice.begin; i < slice.end; ++i)
                items.append(i);
            return items;
        });
    QVERIFY(parts.size() > 1 || QThreadPool::globalInstance()->maxThreadCount() == 1);
    qsizetype expected = 0;
    for (const QList<qsizetype> &part : parts) {
        for (qsizetype item : part)
            QCOMPARE(item, expected++);
    }
    QCOMPARE(expected, count);
}

QTEST_GUILESS_MAIN(TestParallel)
#include "tst_parallel.moc"
