#include "formvalidationpanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Coach {

FormValidationPanel::FormValidationPanel(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this))
{
    setAccessibleName(tr("Form validation question"));
    setFocusPolicy(Qt::StrongFocus);
    m_label->setWordWrap(true);
    auto *yes = new QPushButton(tr("&Yes, validate (Y / Enter)"), this);
    auto *no = new QPushButton(tr("&No (N)"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(yes);
    buttons->addWidget(no);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(yes, &QPushButton::clicked, this, [this] { Q_EMIT answered(true); });
    connect(no, &QPushButton::clicked, this, [this] { Q_EMIT answered(false); });
}

void FormValidationPanel::ask(const FormValidationQuestion &question)
{
    QString text = question.questionText();
    if (question.contradictsTraining)
        text += tr("\nCaution: FormPolicy predicted no form validation based on previous "
                   "training stories. Make sure to remove contradictory stories from training "
                   "data, otherwise predicting no form validation will not work as expected.");
    m_label->setText(text);
    setFocus(Qt::OtherFocusReason);
}

QString FormValidationPanel::text() const
{
    return m_label->text();
}

void FormValidationPanel::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Y:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT answered(true);
        return;
    case Qt::Key_N:
        Q_EMIT answered(false);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

} // namespace Coach
