#include "launchprogressdialog.h"

#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestLaunchProgressDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsStageAndEpochs();
    void failureOffersRetry();
};

void TestLaunchProgressDialog::showsStageAndEpochs()
{
    LaunchProgressDialog dialog;
    dialog.begin(u"/home/me/bot"_s, u"Starting the Bot"_s);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Starting the Bot"_s);
    QVERIFY(dialog.cancelButton()->isVisible());
    QVERIFY(!dialog.retryButton()->isVisible());
    QCOMPARE(dialog.progressBar()->maximum(), 0); // busy until epochs are known
    TrainingProgress progress;
    progress.stage = TrainingProgress::Stage::TrainingComponent;
    progress.component = u"DIETClassifier"_s;
    progress.epoch = 7;
    progress.epochs = 20;
    dialog.setTrainingProgress(progress);
    QCOMPARE(dialog.stageText(), u"Training DIETClassifier…"_s);
    QCOMPARE(dialog.progressBar()->maximum(), 20);
    QCOMPARE(dialog.progressBar()->value(), 7);
    QCOMPARE(dialog.progressBar()->text(), u"epoch 7 of 20"_s);
    QSignalSpy cancel(&dialog, &LaunchProgressDialog::cancelRequested);
    QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancel.size(), 1);
}

void TestLaunchProgressDialog::failureOffersRetry()
{
    LaunchProgressDialog dialog;
    dialog.begin(u"/home/me/bot"_s, u"Starting the Bot"_s);
    dialog.show();
    dialog.showFailure(u"Training failed (exit code 1). The last lines of Rasa's output:\n"
                       "YamlSyntaxException: Failed to read 'domain.yml'."_s);
    QVERIFY(dialog.isShowingFailure());
    QVERIFY(dialog.failureText().contains(u"YamlSyntaxException"_s));
    QVERIFY(!dialog.cancelButton()->isVisible());
    QVERIFY(dialog.retryButton()->isVisible());
    QVERIFY(!dialog.progressBar()->isVisible());
    QSignalSpy retry(&dialog, &LaunchProgressDialog::retryRequested);
    QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
    QCOMPARE(retry.size(), 1);
    dialog.begin(u"/home/me/bot"_s, u"Starting the Bot"_s); // a retry starts over
    QVERIFY(!dialog.isShowingFailure());
    QVERIFY(dialog.cancelButton()->isVisible());
}

QTEST_MAIN(TestLaunchProgressDialog)
#include "tst_launchprogressdialog.moc"
