#include "launchprogressdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

LaunchProgressDialog::LaunchProgressDialog(QWidget *parent)
    : QDialog(parent)
    , m_project(new QLabel(this))
    , m_rasa(new QLabel(this))
    , m_stage(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_lastLine(new QLabel(this))
    , m_failure(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"LaunchProgressDialog"_s);
    setMinimumWidth(560);
    m_rasa->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stage->setWordWrap(true);
    m_stage->setAccessibleName(tr("Stage"));
    m_bar->setAccessibleName(tr("Training progress"));
    m_lastLine->setTextFormat(Qt::PlainText);
    m_lastLine->setFont(QFontDatabase::systemFont(QFontDatabase::SmallestReadableFont));
    m_lastLine->setMinimumWidth(1); // long lines are cut, not widening the dialog
    m_failure->setReadOnly(true);
    m_failure->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_failure->setAccessibleName(tr("What went wrong"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_retry = m_buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    m_close = m_buttons->addButton(QDialogButtonBox::Close);

    auto *form = new QFormLayout;
    form->addRow(tr("Project:"), m_project);
    form->addRow(tr("Rasa:"), m_rasa);
    form->addRow(tr("Stage:"), m_stage);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_lastLine);
    layout->addWidget(m_failure, 1);
    layout->addWidget(m_buttons);

    connect(m_cancel, &QPushButton::clicked, this, &LaunchProgressDialog::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &LaunchProgressDialog::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    begin(QString(), QString());
}

void LaunchProgressDialog::begin(const QString &projectFolder, const QString &title)
{
    setWindowTitle(title);
    m_project->setText(QDir::toNativeSeparators(projectFolder));
    m_rasa->setText(tr("(looking for it)"));
    m_stage->clear();
    m_lastLine->clear();
    m_bar->setRange(0, 0);
    m_bar->show();
    m_lastLine->show();
    m_failure->clear();
    m_failure->hide();
    m_cancel->show();
    m_retry->hide();
    m_close->hide();
}

void LaunchProgressDialog::setRasa(const QString &description)
{
    m_rasa->setText(description);
}

void LaunchProgressDialog::setStage(const QString &text)
{
    if (!text.isEmpty())
        m_stage->setText(text);
}

void LaunchProgressDialog::setTrainingProgress(const TrainingProgress &progress)
{
    m_stage->setText(progress.describe());
    if (progress.epochs > 0) {
        m_bar->setRange(0, progress.epochs);
        m_bar->setValue(progress.epoch);
        m_bar->setFormat(tr("epoch %v of %m"));
    } else {
        m_bar->setRange(0, 0); // busy: no epochs to count in this stage
    }
}

void LaunchProgressDialog::setLastLine(const QString &line)
{
    const QFontMetrics metrics(m_lastLine->font());
    m_lastLine->setText(metrics.elidedText(line.trimmed(), Qt::ElideRight, m_lastLine->width()));
    m_lastLine->setToolTip(line);
}

void LaunchProgressDialog::showFailure(const QString &message)
{
    m_failure->setPlainText(message);
    m_failure->show();
    m_bar->hide();
    m_lastLine->hide();
    m_stage->setText(tr("Failed."));
    m_cancel->hide();
    m_retry->show();
    m_close->show();
    m_retry->setFocus();
}

bool LaunchProgressDialog::isShowingFailure() const
{
    return !m_failure->isHidden();
}

QString LaunchProgressDialog::stageText() const
{
    return m_stage->text();
}

QString LaunchProgressDialog::failureText() const
{
    return m_failure->toPlainText();
}

} // namespace Coach
