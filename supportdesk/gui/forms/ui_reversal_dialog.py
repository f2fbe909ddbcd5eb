# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reversal_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QVBoxLayout)

class Ui_ReversalDialog(object):
    def setupUi(self, ReversalDialog):
        if not ReversalDialog.objectName():
            ReversalDialog.setObjectName(u"ReversalDialog")
        ReversalDialog.resize(540, 380)
        self.dialogLayout = QVBoxLayout(ReversalDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.introLabel = QLabel(parent=ReversalDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty("textFormat", "PlainText")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.entryBox = QGroupBox(parent=ReversalDialog)
        self.entryBox.setObjectName(u"entryBox")
        self.entryForm = QFormLayout(self.entryBox)
        self.entryForm.setObjectName(u"entryForm")
        self.entryForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.entryForm.setHorizontalSpacing(12)
        self.entryForm.setVerticalSpacing(4)
        self.dateCaption = QLabel(parent=self.entryBox)
        self.dateCaption.setObjectName(u"dateCaption")
        self.dateCaption.setProperty(u"caption", True)

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateCaption)

        self.dateValue = QLabel(parent=self.entryBox)
        self.dateValue.setObjectName(u"dateValue")
        self.dateValue.setProperty("textFormat", "PlainText")
        self.dateValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateValue)

        self.typeCaption = QLabel(parent=self.entryBox)
        self.typeCaption.setObjectName(u"typeCaption")
        self.typeCaption.setProperty(u"caption", True)

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeCaption)

        self.typeValue = QLabel(parent=self.entryBox)
        self.typeValue.setObjectName(u"typeValue")
        self.typeValue.setProperty("textFormat", "PlainText")
        self.typeValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeValue)

        self.descriptionCaption = QLabel(parent=self.entryBox)
        self.descriptionCaption.setObjectName(u"descriptionCaption")
        self.descriptionCaption.setProperty(u"caption", True)

        self.entryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.descriptionCaption)

        self.descriptionValue = QLabel(parent=self.entryBox)
        self.descriptionValue.setObjectName(u"descriptionValue")
        self.descriptionValue.setProperty("textFormat", "PlainText")
        self.descriptionValue.setWordWrap(True)
        self.descriptionValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.entryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.descriptionValue)

        self.referenceCaption = QLabel(parent=self.entryBox)
        self.referenceCaption.setObjectName(u"referenceCaption")
        self.referenceCaption.setProperty(u"caption", True)

        self.entryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceCaption)

        self.referenceValue = QLabel(parent=self.entryBox)
        self.referenceValue.setObjectName(u"referenceValue")
        self.referenceValue.setProperty("textFormat", "PlainText")
        self.referenceValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.entryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.referenceValue)

        self.milesCaption = QLabel(parent=self.entryBox)
        self.milesCaption.setObjectName(u"milesCaption")
        self.milesCaption.setProperty(u"caption", True)

        self.entryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.milesCaption)

        self.milesValue = QLabel(parent=self.entryBox)
        self.milesValue.setObjectName(u"milesValue")
        self.milesValue.setProperty("textFormat", "PlainText")
        self.milesValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.entryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.milesValue)

        self.entryCaption = QLabel(parent=self.entryBox)
        self.entryCaption.setObjectName(u"entryCaption")
        self.entryCaption.setProperty(u"caption", True)

        self.entryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.entryCaption)

        self.entryValue = QLabel(parent=self.entryBox)
        self.entryValue.setObjectName(u"entryValue")
        self.entryValue.setProperty("textFormat", "PlainText")
        self.entryValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.entryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.entryValue)


        self.dialogLayout.addWidget(self.entryBox)

        self.effectLabel = QLabel(parent=ReversalDialog)
        self.effectLabel.setObjectName(u"effectLabel")
        self.effectLabel.setProperty("textFormat", "PlainText")
        self.effectLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.effectLabel)

        self.reasonForm = QFormLayout()
        self.reasonForm.setObjectName(u"reasonForm")
        self.reasonForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonForm.setHorizontalSpacing(12)
        self.reasonLabel = QLabel(parent=ReversalDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.reasonForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonField = QVBoxLayout()
        self.reasonField.setSpacing(2)
        self.reasonField.setObjectName(u"reasonField")
        self.reasonEdit = QLineEdit(parent=ReversalDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMinimumSize(QSize(400, 0))
        self.reasonEdit.setMaxLength(500)

        self.reasonField.addWidget(self.reasonEdit)

        self.reasonError = QLabel(parent=ReversalDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setProperty("textFormat", "PlainText")
        self.reasonError.setWordWrap(True)

        self.reasonField.addWidget(self.reasonError)


        self.reasonForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.reasonField)


        self.dialogLayout.addLayout(self.reasonForm)

        self.errorLabel = QLabel(parent=ReversalDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.progressLabel = QLabel(parent=ReversalDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")

        self.buttonRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=ReversalDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReversalDialog)

        QMetaObject.connectSlotsByName(ReversalDialog)
    # setupUi

    def retranslateUi(self, ReversalDialog):
        ReversalDialog.setWindowTitle(QCoreApplication.translate("ReversalDialog", u"Reverse ledger entry", None))
        self.introLabel.setText("")
        self.entryBox.setTitle(QCoreApplication.translate("ReversalDialog", u"Entry", None))
        self.dateCaption.setText(QCoreApplication.translate("ReversalDialog", u"Date", None))
        self.dateValue.setText("")
        self.typeCaption.setText(QCoreApplication.translate("ReversalDialog", u"Type", None))
        self.typeValue.setText("")
        self.descriptionCaption.setText(QCoreApplication.translate("ReversalDialog", u"Description", None))
        self.descriptionValue.setText("")
        self.referenceCaption.setText(QCoreApplication.translate("ReversalDialog", u"Reference", None))
        self.referenceValue.setText("")
        self.milesCaption.setText(QCoreApplication.translate("ReversalDialog", u"Miles", None))
        self.milesValue.setText("")
        self.entryCaption.setText(QCoreApplication.translate("ReversalDialog", u"Entry", None))
        self.entryValue.setText("")
        self.effectLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("ReversalDialog", u"&Reason", None))
#if QT_CONFIG(tooltip)
        self.reasonEdit.setToolTip(QCoreApplication.translate("ReversalDialog", u"Why this entry is reversed, for the member's statement and the audit (required, Alt+R).", None))
#endif // QT_CONFIG(tooltip)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ReversalDialog", u"e.g. Donation made from a session that was not the member's", None))
        self.reasonError.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

