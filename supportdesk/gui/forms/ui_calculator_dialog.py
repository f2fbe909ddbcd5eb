# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calculator_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_CalculatorDialog(object):
    def setupUi(self, CalculatorDialog):
        if not CalculatorDialog.objectName():
            CalculatorDialog.setObjectName(u"CalculatorDialog")
        CalculatorDialog.resize(600, 360)
        self.dialogLayout = QVBoxLayout(CalculatorDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.contextLabel = QLabel(parent=CalculatorDialog)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setProperty("textFormat", "PlainText")
        self.contextLabel.setWordWrap(True)
        self.contextLabel.setProperty(u"note", True)

        self.dialogLayout.addWidget(self.contextLabel)

        self.calculatorForm = QFormLayout()
        self.calculatorForm.setObjectName(u"calculatorForm")
        self.calculatorForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.calculatorForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.calculatorForm.setHorizontalSpacing(12)
        self.calculatorForm.setVerticalSpacing(6)
        self.originLabel = QLabel(parent=CalculatorDialog)
        self.originLabel.setObjectName(u"originLabel")

        self.calculatorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originField = QVBoxLayout()
        self.originField.setSpacing(2)
        self.originField.setObjectName(u"originField")
        self.originRow = QHBoxLayout()
        self.originRow.setSpacing(8)
        self.originRow.setObjectName(u"originRow")
        self.originEdit = QLineEdit(parent=CalculatorDialog)
        self.originEdit.setObjectName(u"originEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.originEdit.sizePolicy().hasHeightForWidth())
        self.originEdit.setSizePolicy(sizePolicy)
        self.originEdit.setMinimumSize(QSize(70, 0))
        self.originEdit.setMaximumSize(QSize(70, 16777215))
        self.originEdit.setMaxLength(3)

        self.originRow.addWidget(self.originEdit)

        self.originName = QLabel(parent=CalculatorDialog)
        self.originName.setObjectName(u"originName")
        self.originName.setProperty("textFormat", "PlainText")
        self.originName.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.originName.sizePolicy().hasHeightForWidth())
        self.originName.setSizePolicy(sizePolicy1)
        self.originName.setProperty(u"note", True)

        self.originRow.addWidget(self.originName)


        self.originField.addLayout(self.originRow)

        self.originError = QLabel(parent=CalculatorDialog)
        self.originError.setObjectName(u"originError")
        self.originError.setProperty("textFormat", "PlainText")
        self.originError.setWordWrap(True)

        self.originField.addWidget(self.originError)


        self.calculatorForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.originField)

        self.destinationLabel = QLabel(parent=CalculatorDialog)
        self.destinationLabel.setObjectName(u"destinationLabel")

        self.calculatorForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.destinationLabel)

        self.destinationField = QVBoxLayout()
        self.destinationField.setSpacing(2)
        self.destinationField.setObjectName(u"destinationField")
        self.destinationRow = QHBoxLayout()
        self.destinationRow.setSpacing(8)
        self.destinationRow.setObjectName(u"destinationRow")
        self.destinationEdit = QLineEdit(parent=CalculatorDialog)
        self.destinationEdit.setObjectName(u"destinationEdit")
        sizePolicy.setHeightForWidth(self.destinationEdit.sizePolicy().hasHeightForWidth())
        self.destinationEdit.setSizePolicy(sizePolicy)
        self.destinationEdit.setMinimumSize(QSize(70, 0))
        self.destinationEdit.setMaximumSize(QSize(70, 16777215))
        self.destinationEdit.setMaxLength(3)

        self.destinationRow.addWidget(self.destinationEdit)

        self.destinationName = QLabel(parent=CalculatorDialog)
        self.destinationName.setObjectName(u"destinationName")
        self.destinationName.setProperty("textFormat", "PlainText")
        self.destinationName.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.destinationName.sizePolicy().hasHeightForWidth())
        self.destinationName.setSizePolicy(sizePolicy1)
        self.destinationName.setProperty(u"note", True)

        self.destinationRow.addWidget(self.destinationName)


        self.destinationField.addLayout(self.destinationRow)

        self.destinationError = QLabel(parent=CalculatorDialog)
        self.destinationError.setObjectName(u"destinationError")
        self.destinationError.setProperty("textFormat", "PlainText")
        self.destinationError.setWordWrap(True)

        self.destinationField.addWidget(self.destinationError)


        self.calculatorForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.destinationField)

        self.bookingClassLabel = QLabel(parent=CalculatorDialog)
        self.bookingClassLabel.setObjectName(u"bookingClassLabel")

        self.calculatorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.bookingClassLabel)

        self.bookingClassField = QVBoxLayout()
        self.bookingClassField.setSpacing(2)
        self.bookingClassField.setObjectName(u"bookingClassField")
        self.bookingClassRow = QHBoxLayout()
        self.bookingClassRow.setSpacing(8)
        self.bookingClassRow.setObjectName(u"bookingClassRow")
        self.bookingClassEdit = QLineEdit(parent=CalculatorDialog)
        self.bookingClassEdit.setObjectName(u"bookingClassEdit")
        sizePolicy.setHeightForWidth(self.bookingClassEdit.sizePolicy().hasHeightForWidth())
        self.bookingClassEdit.setSizePolicy(sizePolicy)
        self.bookingClassEdit.setMinimumSize(QSize(50, 0))
        self.bookingClassEdit.setMaximumSize(QSize(50, 16777215))
        self.bookingClassEdit.setMaxLength(2)

        self.bookingClassRow.addWidget(self.bookingClassEdit)

        self.familyName = QLabel(parent=CalculatorDialog)
        self.familyName.setObjectName(u"familyName")
        self.familyName.setProperty("textFormat", "PlainText")
        self.familyName.setWordWrap(True)
        sizePolicy1.setHeightForWidth(self.familyName.sizePolicy().hasHeightForWidth())
        self.familyName.setSizePolicy(sizePolicy1)
        self.familyName.setProperty(u"note", True)

        self.bookingClassRow.addWidget(self.familyName)


        self.bookingClassField.addLayout(self.bookingClassRow)

        self.bookingClassError = QLabel(parent=CalculatorDialog)
        self.bookingClassError.setObjectName(u"bookingClassError")
        self.bookingClassError.setProperty("textFormat", "PlainText")
        self.bookingClassError.setWordWrap(True)

        self.bookingClassField.addWidget(self.bookingClassError)


        self.calculatorForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.bookingClassField)

        self.tierCaption = QLabel(parent=CalculatorDialog)
        self.tierCaption.setObjectName(u"tierCaption")

        self.calculatorForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tierCaption)

        self.tierCombo = QComboBox(parent=CalculatorDialog)
        self.tierCombo.setObjectName(u"tierCombo")
        sizePolicy.setHeightForWidth(self.tierCombo.sizePolicy().hasHeightForWidth())
        self.tierCombo.setSizePolicy(sizePolicy)
        self.tierCombo.setMinimumSize(QSize(180, 0))

        self.calculatorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tierCombo)


        self.dialogLayout.addLayout(self.calculatorForm)

        self.totalLabel = QLabel(parent=CalculatorDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setProperty("textFormat", "PlainText")
        self.totalLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.totalLabel)

        self.previewLabel = QLabel(parent=CalculatorDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setProperty("textFormat", "PlainText")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.previewLabel)

        self.calculatorSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.calculatorSpacer)

        self.buttonBox = QDialogButtonBox(parent=CalculatorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setProperty("orientation", "Horizontal")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.originLabel.setBuddy(self.originEdit)
        self.destinationLabel.setBuddy(self.destinationEdit)
        self.bookingClassLabel.setBuddy(self.bookingClassEdit)
        self.tierCaption.setBuddy(self.tierCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CalculatorDialog)

        QMetaObject.connectSlotsByName(CalculatorDialog)
    # setupUi

    def retranslateUi(self, CalculatorDialog):
        CalculatorDialog.setWindowTitle(QCoreApplication.translate("CalculatorDialog", u"Mileage calculator", None))
        self.contextLabel.setText("")
        self.originLabel.setText(QCoreApplication.translate("CalculatorDialog", u"Fr&om", None))
#if QT_CONFIG(tooltip)
        self.originEdit.setToolTip(QCoreApplication.translate("CalculatorDialog", u"Departure airport, such as FRA (Alt+O).", None))
#endif // QT_CONFIG(tooltip)
        self.originEdit.setPlaceholderText(QCoreApplication.translate("CalculatorDialog", u"FRA", None))
        self.originName.setText("")
        self.originError.setText("")
        self.destinationLabel.setText(QCoreApplication.translate("CalculatorDialog", u"&To", None))
#if QT_CONFIG(tooltip)
        self.destinationEdit.setToolTip(QCoreApplication.translate("CalculatorDialog", u"Arrival airport, such as JFK (Alt+T).", None))
#endif // QT_CONFIG(tooltip)
        self.destinationEdit.setPlaceholderText(QCoreApplication.translate("CalculatorDialog", u"JFK", None))
        self.destinationName.setText("")
        self.destinationError.setText("")
        self.bookingClassLabel.setText(QCoreApplication.translate("CalculatorDialog", u"Booking c&lass", None))
#if QT_CONFIG(tooltip)
        self.bookingClassEdit.setToolTip(QCoreApplication.translate("CalculatorDialog", u"The one-letter booking class, such as M or J (Alt+L).", None))
#endif // QT_CONFIG(tooltip)
        self.bookingClassEdit.setPlaceholderText(QCoreApplication.translate("CalculatorDialog", u"M", None))
        self.familyName.setText("")
        self.bookingClassError.setText("")
        self.tierCaption.setText(QCoreApplication.translate("CalculatorDialog", u"T&ier", None))
#if QT_CONFIG(tooltip)
        self.tierCombo.setToolTip(QCoreApplication.translate("CalculatorDialog", u"Status tier: the bonus on top of the flight's miles (Alt+I).", None))
#endif // QT_CONFIG(tooltip)
        self.totalLabel.setText("")
        self.previewLabel.setText("")
    # retranslateUi

