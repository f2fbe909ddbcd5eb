# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'decision_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DecisionDialog(object):
    def setupUi(self, DecisionDialog):
        if not DecisionDialog.objectName():
            DecisionDialog.setObjectName(u"DecisionDialog")
        DecisionDialog.resize(720, 600)
        self.dialogLayout = QVBoxLayout(DecisionDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.summaryLabel = QLabel(parent=DecisionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setProperty("textFormat", "PlainText")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")
        font = QFont()
        font.setBold(True)
        self.summaryLabel.setFont(font)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.checkLabel = QLabel(parent=DecisionDialog)
        self.checkLabel.setObjectName(u"checkLabel")
        self.checkLabel.setProperty("textFormat", "PlainText")
        self.checkLabel.setWordWrap(True)
        self.checkLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.checkLabel)

        self.decisionForm = QFormLayout()
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.decisionForm.setHorizontalSpacing(12)
        self.decisionForm.setVerticalSpacing(6)
        self.decisionLabel = QLabel(parent=DecisionDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")
        self.decisionLabel.setProperty("textFormat", "PlainText")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionField = QVBoxLayout()
        self.decisionField.setSpacing(2)
        self.decisionField.setObjectName(u"decisionField")
        self.decisionRow = QHBoxLayout()
        self.decisionRow.setSpacing(16)
        self.decisionRow.setObjectName(u"decisionRow")
        self.approveRadio = QRadioButton(parent=DecisionDialog)
        self.approveRadio.setObjectName(u"approveRadio")

        self.decisionRow.addWidget(self.approveRadio)

        self.rejectRadio = QRadioButton(parent=DecisionDialog)
        self.rejectRadio.setObjectName(u"rejectRadio")

        self.decisionRow.addWidget(self.rejectRadio)

        self.needsInfoRadio = QRadioButton(parent=DecisionDialog)
        self.needsInfoRadio.setObjectName(u"needsInfoRadio")

        self.decisionRow.addWidget(self.needsInfoRadio)

        self.escalateRadio = QRadioButton(parent=DecisionDialog)
        self.escalateRadio.setObjectName(u"escalateRadio")

        self.decisionRow.addWidget(self.escalateRadio)

        self.decisionSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.decisionSpacer)


        self.decisionField.addLayout(self.decisionRow)

        self.decisionHint = QLabel(parent=DecisionDialog)
        self.decisionHint.setObjectName(u"decisionHint")
        self.decisionHint.setProperty("textFormat", "PlainText")
        self.decisionHint.setWordWrap(True)

        self.decisionField.addWidget(self.decisionHint)

        self.decisionError = QLabel(parent=DecisionDialog)
        self.decisionError.setObjectName(u"decisionError")
        self.decisionError.setProperty("textFormat", "PlainText")
        self.decisionError.setWordWrap(True)

        self.decisionField.addWidget(self.decisionError)


        self.decisionForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.decisionField)

        self.noteLabel = QLabel(parent=DecisionDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteField = QVBoxLayout()
        self.noteField.setSpacing(2)
        self.noteField.setObjectName(u"noteField")
        self.noteEdit = QPlainTextEdit(parent=DecisionDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMinimumSize(QSize(0, 56))
        self.noteEdit.setMaximumSize(QSize(16777215, 76))
        self.noteEdit.setTabChangesFocus(True)

        self.noteField.addWidget(self.noteEdit)

        self.noteError = QLabel(parent=DecisionDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setProperty("textFormat", "PlainText")
        self.noteError.setWordWrap(True)

        self.noteField.addWidget(self.noteError)


        self.decisionForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.noteField)

        self.replyLabel = QLabel(parent=DecisionDialog)
        self.replyLabel.setObjectName(u"replyLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replyLabel)

        self.replyField = QVBoxLayout()
        self.replyField.setSpacing(2)
        self.replyField.setObjectName(u"replyField")
        self.replyEdit = QPlainTextEdit(parent=DecisionDialog)
        self.replyEdit.setObjectName(u"replyEdit")
        self.replyEdit.setMinimumSize(QSize(0, 260))
        self.replyEdit.setMaximumSize(QSize(16777215, 16777215))
        self.replyEdit.setTabChangesFocus(True)

        self.replyField.addWidget(self.replyEdit)

        self.replyRow = QHBoxLayout()
        self.replyRow.setSpacing(8)
        self.replyRow.setObjectName(u"replyRow")
        self.replyState = QLabel(parent=DecisionDialog)
        self.replyState.setObjectName(u"replyState")
        self.replyState.setProperty("textFormat", "PlainText")
        self.replyState.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.replyState.sizePolicy().hasHeightForWidth())
        self.replyState.setSizePolicy(sizePolicy)

        self.replyRow.addWidget(self.replyState)

        self.redraftButton = QPushButton(parent=DecisionDialog)
        self.redraftButton.setObjectName(u"redraftButton")
        self.redraftButton.setAutoDefault(False)

        self.replyRow.addWidget(self.redraftButton)


        self.replyField.addLayout(self.replyRow)

        self.replyError = QLabel(parent=DecisionDialog)
        self.replyError.setObjectName(u"replyError")
        self.replyError.setProperty("textFormat", "PlainText")
        self.replyError.setWordWrap(True)

        self.replyField.addWidget(self.replyError)


        self.decisionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.replyField)


        self.dialogLayout.addLayout(self.decisionForm)

        self.errorLabel = QLabel(parent=DecisionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.progressLabel = QLabel(parent=DecisionDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")
        sizePolicy.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy)

        self.buttonRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=DecisionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

        self.dialogLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
        self.replyLabel.setBuddy(self.replyEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.approveRadio, self.rejectRadio)
        QWidget.setTabOrder(self.rejectRadio, self.needsInfoRadio)
        QWidget.setTabOrder(self.needsInfoRadio, self.escalateRadio)
        QWidget.setTabOrder(self.escalateRadio, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.replyEdit)
        QWidget.setTabOrder(self.replyEdit, self.redraftButton)
        QWidget.setTabOrder(self.redraftButton, self.buttonBox)

        self.retranslateUi(DecisionDialog)

        QMetaObject.connectSlotsByName(DecisionDialog)
    # setupUi

    def retranslateUi(self, DecisionDialog):
        DecisionDialog.setWindowTitle(QCoreApplication.translate("DecisionDialog", u"Decide request", None))
        self.summaryLabel.setText("")
        self.checkLabel.setText("")
        self.decisionLabel.setText(QCoreApplication.translate("DecisionDialog", u"Decision", None))
#if QT_CONFIG(tooltip)
        self.approveRadio.setToolTip(QCoreApplication.translate("DecisionDialog", u"Grant the request; the customer gets the reply (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
        self.approveRadio.setText(QCoreApplication.translate("DecisionDialog", u"&Approve", None))
#if QT_CONFIG(tooltip)
        self.rejectRadio.setToolTip(QCoreApplication.translate("DecisionDialog", u"Refuse the request; the reply says why (Alt+R)", None))
#endif // QT_CONFIG(tooltip)
        self.rejectRadio.setText(QCoreApplication.translate("DecisionDialog", u"&Reject", None))
#if QT_CONFIG(tooltip)
        self.needsInfoRadio.setToolTip(QCoreApplication.translate("DecisionDialog", u"Ask the customer for what is missing; the request waits for the answer (Alt+I)", None))
#endif // QT_CONFIG(tooltip)
        self.needsInfoRadio.setText(QCoreApplication.translate("DecisionDialog", u"Needs &info", None))
#if QT_CONFIG(tooltip)
        self.escalateRadio.setToolTip(QCoreApplication.translate("DecisionDialog", u"Hand the request to a supervisor; the reply is optional (Alt+E)", None))
#endif // QT_CONFIG(tooltip)
        self.escalateRadio.setText(QCoreApplication.translate("DecisionDialog", u"&Escalate", None))
        self.decisionHint.setText("")
        self.decisionError.setText("")
        self.noteLabel.setText(QCoreApplication.translate("DecisionDialog", u"Internal &note", None))
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("DecisionDialog", u"For colleagues and the audit trail, not the customer; required (Alt+N)", None))
#endif // QT_CONFIG(tooltip)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Why you decide so \u2014 required, for colleagues and the audit trail", None))
        self.noteError.setText("")
        self.replyLabel.setText(QCoreApplication.translate("DecisionDialog", u"Customer re&ply", None))
#if QT_CONFIG(tooltip)
        self.replyEdit.setToolTip(QCoreApplication.translate("DecisionDialog", u"What the customer receives; drafted from the template, edit it freely (Alt+P)", None))
#endif // QT_CONFIG(tooltip)
        self.replyEdit.setPlaceholderText(QCoreApplication.translate("DecisionDialog", u"Choose a decision first: the reply is drafted from a template", None))
        self.replyState.setText("")
#if QT_CONFIG(tooltip)
        self.redraftButton.setToolTip(QCoreApplication.translate("DecisionDialog", u"Replace the reply with the template for the chosen decision; Ctrl+Z undoes it (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
        self.redraftButton.setText(QCoreApplication.translate("DecisionDialog", u"Re-&draft", None))
        self.replyError.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

