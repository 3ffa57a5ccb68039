using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace OrderActors.Integration.Tests.Browser;

/// <summary>
/// Headless Chromium from the Debian packages (chromium, chromium-driver; .ci/run installs them), driven
/// over WebDriver. Set ORDERACTORS_SCREENSHOTS to a folder to keep the screenshots tests take.
/// </summary>
public sealed class ConsoleBrowser : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ChromeDriver = "/usr/bin/chromedriver";

    private ConsoleBrowser(ChromeDriver driver, Uri baseUrl)
    {
        Driver = driver;
        BaseUrl = baseUrl;
    }

    public ChromeDriver Driver { get; }

    public Uri BaseUrl { get; }

    public static ConsoleBrowser Start(Uri baseUrl)
    {
        if (!File.Exists(Chromium) || !File.Exists(ChromeDriver))
        {
            throw new InvalidOperationException(
                $"Browser tests need {Chromium} and {ChromeDriver}: apt-get install chromium chromium-driver (.ci/run does).");
        }

        var options = new ChromeOptions { BinaryLocation = Chromium };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000", "--lang=en-US");
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        return new ConsoleBrowser(driver, baseUrl);
    }

    public ConsoleBrowser Go(string path)
    {
        Driver.Navigate().GoToUrl(new Uri(BaseUrl, path));
        return this;
    }

    /// <summary>Signs in through the login form and waits to land on <paramref name="returnUrl"/> (the console by default).</summary>
    public ConsoleBrowser SignIn(string name, string password, string returnUrl = "/console/")
    {
        Go("/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        WaitFor("#username").SendKeys(name);
        Driver.FindElement(By.Id("password")).SendKeys(password);
        Driver.FindElement(By.Id("sign-in")).Click();
        var path = returnUrl.Split('?')[0];
        WaitUntil(() => new Uri(Driver.Url).AbsolutePath == path, $"landing on {returnUrl} after signing in");
        return this;
    }

    /// <summary>Waits until an element matching the CSS selector is displayed.</summary>
    public IWebElement WaitFor(string css, TimeSpan? timeout = null) =>
        Wait(timeout).Until(d => d.FindElements(By.CssSelector(css)).FirstOrDefault(e => e.Displayed));

    /// <summary>Waits until the condition holds (the pages update themselves; nothing is reloaded).</summary>
    public void WaitUntil(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        try
        {
            Wait(timeout).Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"Timed out waiting for {what} on {Driver.Url}. Browser log:\n{string.Join('\n', BrowserLog())}");
        }
    }

    public IReadOnlyList<string> BrowserLog() => Driver.Manage().Logs.GetLog(LogType.Browser).Select(e => $"{e.Level}: {e.Message}").ToList();

    /// <summary>Saves a PNG of the page when ORDERACTORS_SCREENSHOTS names a folder (how docs/screenshots are made).</summary>
    public void Screenshot(string name)
    {
        var folder = Environment.GetEnvironmentVariable("ORDERACTORS_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, $"{name}.png"));
    }

    private WebDriverWait Wait(TimeSpan? timeout)
    {
        var wait = new WebDriverWait(Driver, timeout ?? TimeSpan.FromSeconds(20)) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
        return wait;
    }

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }
}
