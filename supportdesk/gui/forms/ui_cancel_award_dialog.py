# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cancel_award_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CancelAwardDialog(object):
    def setupUi(self, CancelAwardDialog):
        if not CancelAwardDialog.objectName():
            CancelAwardDialog.setObjectName(u"CancelAwardDialog")
        CancelAwardDialog.resize(560, 260)
        self.dialogLayout = QVBoxLayout(CancelAwardDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.memberLabel = QLabel(parent=CancelAwardDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        font = QFont()
        font.setBold(True)
        self.memberLabel.setFont(font)
        self.memberLabel.setProperty("textFormat", "PlainText")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.cancelForm = QFormLayout()
        self.cancelForm.setObjectName(u"cancelForm")
        self.cancelForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.cancelForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.cancelForm.setHorizontalSpacing(12)
        self.cancelForm.setVerticalSpacing(6)
        self.bookingCodeLabel = QLabel(parent=CancelAwardDialog)
        self.bookingCodeLabel.setObjectName(u"bookingCodeLabel")

        self.cancelForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bookingCodeLabel)

        self.codeField = QVBoxLayout()
        self.codeField.setSpacing(2)
        self.codeField.setObjectName(u"codeField")
        self.codeEdit = QLineEdit(parent=CancelAwardDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.codeEdit.sizePolicy().hasHeightForWidth())
        self.codeEdit.setSizePolicy(sizePolicy)
        self.codeEdit.setMinimumSize(QSize(110, 0))
        self.codeEdit.setMaximumSize(QSize(110, 16777215))
        self.codeEdit.setMaxLength(8)

        self.codeField.addWidget(self.codeEdit)

        self.codeError = QLabel(parent=CancelAwardDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setProperty("textFormat", "PlainText")
        self.codeError.setWordWrap(True)

        self.codeField.addWidget(self.codeError)


        self.cancelForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.codeField)

        self.reasonLabel = QLabel(parent=CancelAwardDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.cancelForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonField = QVBoxLayout()
        self.reasonField.setSpacing(2)
        self.reasonField.setObjectName(u"reasonField")
        self.reasonEdit = QLineEdit(parent=CancelAwardDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(500)
        self.reasonEdit.setMinimumSize(QSize(380, 0))

        self.reasonField.addWidget(self.reasonEdit)

        self.reasonError = QLabel(parent=CancelAwardDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setProperty("textFormat", "PlainText")
        self.reasonError.setWordWrap(True)

        self.reasonField.addWidget(self.reasonError)


        self.cancelForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reasonField)


        self.dialogLayout.addLayout(self.cancelForm)

        self.entryLabel = QLabel(parent=CancelAwardDialog)
        self.entryLabel.setObjectName(u"entryLabel")
        self.entryLabel.setProperty("textFormat", "PlainText")
        self.entryLabel.setWordWrap(True)
        self.entryLabel.setProperty(u"note", True)

        self.dialogLayout.addWidget(self.entryLabel)

        self.effectLabel = QLabel(parent=CancelAwardDialog)
        self.effectLabel.setObjectName(u"effectLabel")
        self.effectLabel.setProperty("textFormat", "PlainText")
        self.effectLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.effectLabel)

        self.errorLabel = QLabel(parent=CancelAwardDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(8)
        self.bottomRow.setObjectName(u"bottomRow")
        self.progressLabel = QLabel(parent=CancelAwardDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy1)

        self.bottomRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=CancelAwardDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setProperty("orientation", "Horizontal")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Ok)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.bookingCodeLabel.setBuddy(self.codeEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CancelAwardDialog)

        QMetaObject.connectSlotsByName(CancelAwardDialog)
    # setupUi

    def retranslateUi(self, CancelAwardDialog):
        CancelAwardDialog.setWindowTitle(QCoreApplication.translate("CancelAwardDialog", u"Cancel award", None))
        self.memberLabel.setText("")
        self.bookingCodeLabel.setText(QCoreApplication.translate("CancelAwardDialog", u"Booking &code", None))
#if QT_CONFIG(tooltip)
        self.codeEdit.setToolTip(QCoreApplication.translate("CancelAwardDialog", u"The award's 6-character booking code; the ledger shows it as the reference of the award (Alt+C).", None))
#endif // QT_CONFIG(tooltip)
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CancelAwardDialog", u"KX4T2B", None))
        self.codeError.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CancelAwardDialog", u"&Reason", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("CancelAwardDialog", u"Why the award is cancelled, for the statement and the audit (required, Alt+R).", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CancelAwardDialog", u"e.g. Member changed plans", None))
        self.reasonError.setText("")
        self.entryLabel.setText("")
        self.effectLabel.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

