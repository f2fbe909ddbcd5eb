# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'profile_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QRadioButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(600, 300)
        self.dialogLayout = QVBoxLayout(ProfileDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(16, 14, 16, 12)
        self.memberLabel = QLabel(parent=ProfileDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        font = QFont()
        font.setBold(True)
        self.memberLabel.setFont(font)
        self.memberLabel.setProperty("textFormat", "PlainText")
        self.memberLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.memberLabel)

        self.pages = QStackedWidget(parent=ProfileDialog)
        self.pages.setObjectName(u"pages")
        self.verifyPage = QWidget()
        self.verifyPage.setObjectName(u"verifyPage")
        self.verifyLayout = QVBoxLayout(self.verifyPage)
        self.verifyLayout.setSpacing(8)
        self.verifyLayout.setObjectName(u"verifyLayout")
        self.verifyLayout.setContentsMargins(0, 0, 0, 0)
        self.verifyIntro = QLabel(parent=self.verifyPage)
        self.verifyIntro.setObjectName(u"verifyIntro")
        self.verifyIntro.setProperty("textFormat", "PlainText")
        self.verifyIntro.setWordWrap(True)

        self.verifyLayout.addWidget(self.verifyIntro)

        self.methodRow = QHBoxLayout()
        self.methodRow.setSpacing(16)
        self.methodRow.setObjectName(u"methodRow")
        self.dobRadio = QRadioButton(parent=self.verifyPage)
        self.dobRadio.setObjectName(u"dobRadio")
        self.dobRadio.setChecked(True)

        self.methodRow.addWidget(self.dobRadio)

        self.pinRadio = QRadioButton(parent=self.verifyPage)
        self.pinRadio.setObjectName(u"pinRadio")

        self.methodRow.addWidget(self.pinRadio)

        self.methodSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.methodRow.addItem(self.methodSpacer)


        self.verifyLayout.addLayout(self.methodRow)

        self.verifyForm = QFormLayout()
        self.verifyForm.setObjectName(u"verifyForm")
        self.verifyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.verifyForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.verifyForm.setHorizontalSpacing(12)
        self.verifyForm.setVerticalSpacing(6)
        self.birthDateLabel = QLabel(parent=self.verifyPage)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.verifyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateField = QVBoxLayout()
        self.birthDateField.setSpacing(2)
        self.birthDateField.setObjectName(u"birthDateField")
        self.birthDateEdit = QLineEdit(parent=self.verifyPage)
        self.birthDateEdit.setObjectName(u"birthDateEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.birthDateEdit.sizePolicy().hasHeightForWidth())
        self.birthDateEdit.setSizePolicy(sizePolicy)
        self.birthDateEdit.setMinimumSize(QSize(140, 0))
        self.birthDateEdit.setMaximumSize(QSize(140, 16777215))
        self.birthDateEdit.setMaxLength(10)

        self.birthDateField.addWidget(self.birthDateEdit)

        self.birthDateError = QLabel(parent=self.verifyPage)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setProperty("textFormat", "PlainText")
        self.birthDateError.setWordWrap(True)

        self.birthDateField.addWidget(self.birthDateError)


        self.verifyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.birthDateField)

        self.postcodeLabel = QLabel(parent=self.verifyPage)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.verifyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcodeField = QVBoxLayout()
        self.postcodeField.setSpacing(2)
        self.postcodeField.setObjectName(u"postcodeField")
        self.postcodeEdit = QLineEdit(parent=self.verifyPage)
        self.postcodeEdit.setObjectName(u"postcodeEdit")
        sizePolicy.setHeightForWidth(self.postcodeEdit.sizePolicy().hasHeightForWidth())
        self.postcodeEdit.setSizePolicy(sizePolicy)
        self.postcodeEdit.setMinimumSize(QSize(140, 0))
        self.postcodeEdit.setMaximumSize(QSize(140, 16777215))
        self.postcodeEdit.setMaxLength(12)

        self.postcodeField.addWidget(self.postcodeEdit)

        self.postcodeError = QLabel(parent=self.verifyPage)
        self.postcodeError.setObjectName(u"postcodeError")
        self.postcodeError.setProperty("textFormat", "PlainText")
        self.postcodeError.setWordWrap(True)

        self.postcodeField.addWidget(self.postcodeError)


        self.verifyForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.postcodeField)

        self.pinLabel = QLabel(parent=self.verifyPage)
        self.pinLabel.setObjectName(u"pinLabel")

        self.verifyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.pinLabel)

        self.pinField = QVBoxLayout()
        self.pinField.setSpacing(2)
        self.pinField.setObjectName(u"pinField")
        self.pinEdit = QLineEdit(parent=self.verifyPage)
        self.pinEdit.setObjectName(u"pinEdit")
        sizePolicy.setHeightForWidth(self.pinEdit.sizePolicy().hasHeightForWidth())
        self.pinEdit.setSizePolicy(sizePolicy)
        self.pinEdit.setMinimumSize(QSize(100, 0))
        self.pinEdit.setMaximumSize(QSize(100, 16777215))
        self.pinEdit.setMaxLength(6)
        self.pinEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.pinField.addWidget(self.pinEdit)

        self.pinError = QLabel(parent=self.verifyPage)
        self.pinError.setObjectName(u"pinError")
        self.pinError.setProperty("textFormat", "PlainText")
        self.pinError.setWordWrap(True)

        self.pinField.addWidget(self.pinError)


        self.verifyForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.pinField)


        self.verifyLayout.addLayout(self.verifyForm)

        self.verifyResultLabel = QLabel(parent=self.verifyPage)
        self.verifyResultLabel.setObjectName(u"verifyResultLabel")
        self.verifyResultLabel.setProperty("textFormat", "PlainText")
        self.verifyResultLabel.setWordWrap(True)

        self.verifyLayout.addWidget(self.verifyResultLabel)

        self.verifySpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verifyLayout.addItem(self.verifySpacer)

        self.pages.addWidget(self.verifyPage)
        self.editPage = QWidget()
        self.editPage.setObjectName(u"editPage")
        self.editLayout = QVBoxLayout(self.editPage)
        self.editLayout.setSpacing(8)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(0, 0, 0, 0)
        self.verifiedLabel = QLabel(parent=self.editPage)
        self.verifiedLabel.setObjectName(u"verifiedLabel")
        self.verifiedLabel.setProperty("textFormat", "PlainText")
        self.verifiedLabel.setWordWrap(True)

        self.editLayout.addWidget(self.verifiedLabel)

        self.editForm = QFormLayout()
        self.editForm.setObjectName(u"editForm")
        self.editForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.editForm.setHorizontalSpacing(12)
        self.editForm.setVerticalSpacing(6)
        self.streetLabel = QLabel(parent=self.editPage)
        self.streetLabel.setObjectName(u"streetLabel")

        self.editForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.streetLabel)

        self.streetField = QVBoxLayout()
        self.streetField.setSpacing(2)
        self.streetField.setObjectName(u"streetField")
        self.streetEdit = QLineEdit(parent=self.editPage)
        self.streetEdit.setObjectName(u"streetEdit")
        self.streetEdit.setMaxLength(200)

        self.streetField.addWidget(self.streetEdit)

        self.streetError = QLabel(parent=self.editPage)
        self.streetError.setObjectName(u"streetError")
        self.streetError.setProperty("textFormat", "PlainText")
        self.streetError.setWordWrap(True)

        self.streetField.addWidget(self.streetError)


        self.editForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.streetField)

        self.newPostcodeLabel = QLabel(parent=self.editPage)
        self.newPostcodeLabel.setObjectName(u"newPostcodeLabel")

        self.editForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPostcodeLabel)

        self.newPostcodeField = QVBoxLayout()
        self.newPostcodeField.setSpacing(2)
        self.newPostcodeField.setObjectName(u"newPostcodeField")
        self.newPostcodeEdit = QLineEdit(parent=self.editPage)
        self.newPostcodeEdit.setObjectName(u"newPostcodeEdit")
        sizePolicy.setHeightForWidth(self.newPostcodeEdit.sizePolicy().hasHeightForWidth())
        self.newPostcodeEdit.setSizePolicy(sizePolicy)
        self.newPostcodeEdit.setMinimumSize(QSize(120, 0))
        self.newPostcodeEdit.setMaximumSize(QSize(120, 16777215))
        self.newPostcodeEdit.setMaxLength(12)

        self.newPostcodeField.addWidget(self.newPostcodeEdit)

        self.newPostcodeError = QLabel(parent=self.editPage)
        self.newPostcodeError.setObjectName(u"newPostcodeError")
        self.newPostcodeError.setProperty("textFormat", "PlainText")
        self.newPostcodeError.setWordWrap(True)

        self.newPostcodeField.addWidget(self.newPostcodeError)


        self.editForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.newPostcodeField)

        self.cityLabel = QLabel(parent=self.editPage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.editForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityField = QVBoxLayout()
        self.cityField.setSpacing(2)
        self.cityField.setObjectName(u"cityField")
        self.cityEdit = QLineEdit(parent=self.editPage)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.cityField.addWidget(self.cityEdit)

        self.cityError = QLabel(parent=self.editPage)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setProperty("textFormat", "PlainText")
        self.cityError.setWordWrap(True)

        self.cityField.addWidget(self.cityError)


        self.editForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.cityField)

        self.countryLabel = QLabel(parent=self.editPage)
        self.countryLabel.setObjectName(u"countryLabel")

        self.editForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryField = QVBoxLayout()
        self.countryField.setSpacing(2)
        self.countryField.setObjectName(u"countryField")
        self.countryEdit = QLineEdit(parent=self.editPage)
        self.countryEdit.setObjectName(u"countryEdit")
        sizePolicy.setHeightForWidth(self.countryEdit.sizePolicy().hasHeightForWidth())
        self.countryEdit.setSizePolicy(sizePolicy)
        self.countryEdit.setMinimumSize(QSize(60, 0))
        self.countryEdit.setMaximumSize(QSize(60, 16777215))
        self.countryEdit.setMaxLength(2)

        self.countryField.addWidget(self.countryEdit)

        self.countryError = QLabel(parent=self.editPage)
        self.countryError.setObjectName(u"countryError")
        self.countryError.setProperty("textFormat", "PlainText")
        self.countryError.setWordWrap(True)

        self.countryField.addWidget(self.countryError)


        self.editForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.countryField)

        self.phoneLabel = QLabel(parent=self.editPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.editForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneField = QVBoxLayout()
        self.phoneField.setSpacing(2)
        self.phoneField.setObjectName(u"phoneField")
        self.phoneEdit = QLineEdit(parent=self.editPage)
        self.phoneEdit.setObjectName(u"phoneEdit")
        sizePolicy.setHeightForWidth(self.phoneEdit.sizePolicy().hasHeightForWidth())
        self.phoneEdit.setSizePolicy(sizePolicy)
        self.phoneEdit.setMinimumSize(QSize(220, 0))
        self.phoneEdit.setMaximumSize(QSize(220, 16777215))
        self.phoneEdit.setMaxLength(30)

        self.phoneField.addWidget(self.phoneEdit)

        self.phoneError = QLabel(parent=self.editPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setProperty("textFormat", "PlainText")
        self.phoneError.setWordWrap(True)

        self.phoneField.addWidget(self.phoneError)


        self.editForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phoneField)

        self.emailLabel = QLabel(parent=self.editPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.editForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailField = QVBoxLayout()
        self.emailField.setSpacing(2)
        self.emailField.setObjectName(u"emailField")
        self.emailEdit = QLineEdit(parent=self.editPage)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(200)

        self.emailField.addWidget(self.emailEdit)

        self.emailError = QLabel(parent=self.editPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setProperty("textFormat", "PlainText")
        self.emailError.setWordWrap(True)

        self.emailField.addWidget(self.emailError)


        self.editForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.emailField)

        self.languageLabel = QLabel(parent=self.editPage)
        self.languageLabel.setObjectName(u"languageLabel")

        self.editForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageField = QVBoxLayout()
        self.languageField.setSpacing(2)
        self.languageField.setObjectName(u"languageField")
        self.languageCombo = QComboBox(parent=self.editPage)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)
        self.languageCombo.setMinimumSize(QSize(220, 0))

        self.languageField.addWidget(self.languageCombo)

        self.languageError = QLabel(parent=self.editPage)
        self.languageError.setObjectName(u"languageError")
        self.languageError.setProperty("textFormat", "PlainText")
        self.languageError.setWordWrap(True)

        self.languageField.addWidget(self.languageError)


        self.editForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.languageField)


        self.editLayout.addLayout(self.editForm)

        self.changesLabel = QLabel(parent=self.editPage)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setProperty("textFormat", "PlainText")
        self.changesLabel.setWordWrap(True)

        self.editLayout.addWidget(self.changesLabel)

        self.pages.addWidget(self.editPage)

        self.dialogLayout.addWidget(self.pages)

        self.errorLabel = QLabel(parent=ProfileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setSpacing(8)
        self.bottomRow.setObjectName(u"bottomRow")
        self.progressLabel = QLabel(parent=ProfileDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.progressLabel.sizePolicy().hasHeightForWidth())
        self.progressLabel.setSizePolicy(sizePolicy1)

        self.bottomRow.addWidget(self.progressLabel)

        self.buttonBox = QDialogButtonBox(parent=ProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setProperty("orientation", "Horizontal")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomRow.addWidget(self.buttonBox)


        self.dialogLayout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.postcodeLabel.setBuddy(self.postcodeEdit)
        self.pinLabel.setBuddy(self.pinEdit)
        self.streetLabel.setBuddy(self.streetEdit)
        self.newPostcodeLabel.setBuddy(self.newPostcodeEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Change profile", None))
        self.memberLabel.setText("")
        self.verifyIntro.setText("")
        self.dobRadio.setText(QCoreApplication.translate("ProfileDialog", u"Date of &birth and postcode", None))
        self.pinRadio.setText(QCoreApplication.translate("ProfileDialog", u"Telephone &PIN", None))
        self.birthDateLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Date of birth", None))
#if QT_CONFIG(tooltip)
        self.birthDateEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"As the caller says it: 1980-03-14 or 14.03.1980 (Alt+D).", None))
#endif // QT_CONFIG(tooltip)
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"YYYY-MM-DD", None))
        self.birthDateError.setText("")
        self.postcodeLabel.setText(QCoreApplication.translate("ProfileDialog", u"P&ostcode", None))
#if QT_CONFIG(tooltip)
        self.postcodeEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"The postcode of the member's address (Alt+O).", None))
#endif // QT_CONFIG(tooltip)
        self.postcodeError.setText("")
        self.pinLabel.setText(QCoreApplication.translate("ProfileDialog", u"PI&N", None))
#if QT_CONFIG(tooltip)
        self.pinEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"The member's 4- to 6-digit telephone PIN (Alt+N).", None))
#endif // QT_CONFIG(tooltip)
        self.pinEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"4\u20136 digits", None))
        self.pinError.setText("")
        self.verifyResultLabel.setText("")
        self.verifiedLabel.setText("")
        self.streetLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Street", None))
#if QT_CONFIG(tooltip)
        self.streetEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"New street and house number (Alt+S).", None))
#endif // QT_CONFIG(tooltip)
        self.streetError.setText("")
        self.newPostcodeLabel.setText(QCoreApplication.translate("ProfileDialog", u"Post&code", None))
#if QT_CONFIG(tooltip)
        self.newPostcodeEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"New postcode (Alt+C).", None))
#endif // QT_CONFIG(tooltip)
        self.newPostcodeError.setText("")
        self.cityLabel.setText(QCoreApplication.translate("ProfileDialog", u"C&ity", None))
#if QT_CONFIG(tooltip)
        self.cityEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"New city (Alt+I).", None))
#endif // QT_CONFIG(tooltip)
        self.cityError.setText("")
        self.countryLabel.setText(QCoreApplication.translate("ProfileDialog", u"Co&untry", None))
#if QT_CONFIG(tooltip)
        self.countryEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"Two-letter country code, such as DE (Alt+U).", None))
#endif // QT_CONFIG(tooltip)
        self.countryError.setText("")
        self.phoneLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Phone", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"New phone number in international form, such as +49 151 2345678 (Alt+P).", None))
#endif // QT_CONFIG(tooltip)
        self.phoneError.setText("")
        self.emailLabel.setText(QCoreApplication.translate("ProfileDialog", u"&E-mail", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("ProfileDialog", u"New e-mail address (Alt+E).", None))
#endif // QT_CONFIG(tooltip)
        self.emailError.setText("")
        self.languageLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Language", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ProfileDialog", u"Language of the member's letters and e-mails (Alt+L).", None))
#endif // QT_CONFIG(tooltip)
        self.languageError.setText("")
        self.changesLabel.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

